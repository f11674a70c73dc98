import { z } from 'zod';

/** Named note colours, as sticky-note pads come (and as Miro and FigJam offer them). */
export const NoteColorSchema = z.enum(['yellow', 'orange', 'pink', 'purple', 'blue', 'teal', 'green', 'grey', 'white']);
export type NoteColor = z.infer<typeof NoteColorSchema>;
export const NOTE_COLORS: readonly NoteColor[] = NoteColorSchema.options;

/** Fill of each note colour. */
export const NOTE_FILL: Readonly<Record<NoteColor, string>> = {
  yellow: '#fff3a0',
  orange: '#ffd3a0',
  pink: '#ffc4dd',
  purple: '#ddccff',
  blue: '#c4e3ff',
  teal: '#b8f0e6',
  green: '#cdf2b0',
  grey: '#e4e4e4',
  white: '#ffffff',
};

/** Named ink colours of pen strokes and connectors (the document stores the hex value). */
export const INK_COLORS = {
  black: '#1e1e1e',
  red: '#e03131',
  orange: '#f08c00',
  green: '#2f9e44',
  blue: '#1971c2',
  purple: '#9c36b5',
} as const;
export type InkColor = keyof typeof INK_COLORS;

/** Line widths of pen strokes, in board units. */
export const INK_WIDTHS = { thin: 2, medium: 4, thick: 8 } as const;
export type InkWidth = keyof typeof INK_WIDTHS;

/** The fill of a note colour: a named colour from the palette, or a hex colour written by another client. */
export function noteFill(color: string): string {
  return (NOTE_FILL as Record<string, string>)[color] ?? color;
}

/**
 * Colours handed to participants for cursors and presence, picked by a hash of their id. Each
 * carries white initials and names at a contrast of at least 4.5 : 1 (WCAG AA).
 */
export const PRESENCE_COLORS: readonly string[] = [
  '#c92a2a',
  '#087f5b',
  '#1971c2',
  '#b45309',
  '#9c36b5',
  '#0b7285',
  '#c2255c',
  '#4c6e0a',
  '#3b5bdb',
  '#c2410c',
];

/** A stable presence colour for an id. */
export function presenceColor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return PRESENCE_COLORS[Math.abs(h) % PRESENCE_COLORS.length] ?? '#1971c2';
}
