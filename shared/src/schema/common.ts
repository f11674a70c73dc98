import { z } from 'zod';

/** Languages the UI and templates exist in. */
export const LanguageSchema = z.enum(['en', 'nl']);
export type Language = z.infer<typeof LanguageSchema>;

/** Text in every supported language (templates are data, in Dutch and English). */
export const LocalizedTextSchema = z.object({ en: z.string(), nl: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Ids of items, boards and participants: short, URL-safe strings. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A finite coordinate in board units (rejects NaN and Infinity). */
export const CoordSchema = z.number().finite().min(-1e7).max(1e7);

/** A strictly positive size in board units. */
export const SizeSchema = z.number().finite().min(1).max(1e6);

/** A CSS hex colour, `#rgb` or `#rrggbb`. */
export const HexColorSchema = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/);

/** Maximum characters of one text field (a note, a label, a title). */
export const MAX_TEXT_LENGTH = 10_000;
