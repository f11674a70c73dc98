import { z } from 'zod';
import { CoordSchema, HexColorSchema, IdSchema, MAX_TEXT_LENGTH, SizeSchema } from './common.js';
import { NoteColorSchema } from './colors.js';

/** Every item type of the board document. */
export const ItemTypeSchema = z.enum(['note', 'text', 'shape', 'connector', 'frame', 'stroke', 'image']);
export type ItemType = z.infer<typeof ItemTypeSchema>;

/** Fields every item has, whatever its type. */
const base = {
  /** Item id, equal to its key in `items`. */
  id: IdSchema,
  /** The board (of the control document's board list) the item lies on. */
  boardId: IdSchema,
  /** Top-left corner in board units. */
  x: CoordSchema,
  y: CoordSchema,
  /** Size in board units (a note is 200 × 200 by default). */
  width: SizeSchema,
  height: SizeSchema,
  /** Z-order: a fractional index; higher draws on top. Items written without one sort first. */
  index: z.string().min(1).max(200).default('a0'),
  /** Participant id of whoever created it, if known. */
  createdBy: z.string().max(64).optional(),
};

const text = z.string().max(MAX_TEXT_LENGTH).default('');

/** A sticky note; its text is a `Y.Text` in the document. */
export const NoteSchema = z.object({
  ...base,
  type: z.literal('note'),
  text,
  /** A named colour of the palette (what Cocreate writes), or a hex colour another client wrote. */
  color: z.union([NoteColorSchema, HexColorSchema]).default('yellow'),
});

/** Free text on the board; its text is a `Y.Text`. */
export const TextItemSchema = z.object({
  ...base,
  type: z.literal('text'),
  text,
  fontSize: z.number().finite().min(6).max(400).default(24),
  color: HexColorSchema.default('#1e1e1e'),
});

/** Shapes the Shape tool draws. */
export const ShapeKindSchema = z.enum(['rectangle', 'ellipse', 'diamond', 'triangle']);
export type ShapeKind = z.infer<typeof ShapeKindSchema>;

/** A geometric shape with an optional label (a `Y.Text`). */
export const ShapeSchema = z.object({
  ...base,
  type: z.literal('shape'),
  shape: ShapeKindSchema.default('rectangle'),
  text,
  fill: HexColorSchema.default('#ffffff'),
  stroke: HexColorSchema.default('#1e1e1e'),
});

/** Arrow heads of a connector. */
export const ArrowSchema = z.enum(['none', 'end', 'both']);

/**
 * A line between two items (or free points). An attached end follows its item; `points` holds
 * the last known absolute end points `[x1, y1, x2, y2]`, used for free ends and as a fallback.
 */
export const ConnectorSchema = z.object({
  ...base,
  type: z.literal('connector'),
  fromId: IdSchema.nullable().default(null),
  toId: IdSchema.nullable().default(null),
  points: z.tuple([CoordSchema, CoordSchema, CoordSchema, CoordSchema]),
  stroke: HexColorSchema.default('#1e1e1e'),
  arrow: ArrowSchema.default('end'),
});

/** A titled area that carries the items inside it when moved. */
export const FrameSchema = z.object({
  ...base,
  type: z.literal('frame'),
  title: z.string().max(500).default(''),
  fill: HexColorSchema.default('#f8f9fa'),
});

/** A freehand pen stroke: flat `[x0, y0, x1, y1, …]` relative to the item's `x`, `y`. */
export const StrokeSchema = z.object({
  ...base,
  type: z.literal('stroke'),
  points: z.array(z.number().finite()).min(2).max(20_000),
  stroke: HexColorSchema.default('#1e1e1e'),
  strokeWidth: z.number().finite().min(0.5).max(100).default(4),
});

/** Image types a session stores (SVG is not one: it can carry scripts). */
export const ImageMimeSchema = z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** An image stored by the server as a session asset (never inlined in the document). */
export const ImageSchema = z.object({
  ...base,
  type: z.literal('image'),
  assetId: IdSchema,
  mime: ImageMimeSchema.default('image/png'),
  alt: z.string().max(500).default(''),
});

/**
 * Any item of the board document, validated. Beyond the contract's minimum (type, boardId, x, y,
 * width, height; text and colour of notes) every field has a default, so items written by other
 * clients of the documented schema are shown, not skipped.
 */
export const ItemSchema = z.discriminatedUnion('type', [
  NoteSchema,
  TextItemSchema,
  ShapeSchema,
  ConnectorSchema,
  FrameSchema,
  StrokeSchema,
  ImageSchema,
]);

export type Note = z.infer<typeof NoteSchema>;
export type TextItem = z.infer<typeof TextItemSchema>;
export type Shape = z.infer<typeof ShapeSchema>;
export type Connector = z.infer<typeof ConnectorSchema>;
export type Frame = z.infer<typeof FrameSchema>;
export type Stroke = z.infer<typeof StrokeSchema>;
export type ImageItem = z.infer<typeof ImageSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemOf<T extends ItemType> = Extract<Item, { type: T }>;

/** Item fields held as a `Y.Text` (collaboratively edited), not as a plain value. */
export const TEXT_FIELDS: ReadonlySet<string> = new Set(['text']);

/** Item types whose `text` field is a `Y.Text`. */
export function hasText(item: Item): item is Note | TextItem | Shape {
  return item.type === 'note' || item.type === 'text' || item.type === 'shape';
}

/** Default sizes and styles per item type, used when creating items. */
export const ITEM_DEFAULTS = {
  note: { width: 200, height: 200, color: 'yellow' as const, text: '' },
  text: { width: 240, height: 48, fontSize: 24, color: '#1e1e1e', text: '' },
  shape: { width: 200, height: 140, shape: 'rectangle' as const, fill: '#ffffff', stroke: '#1e1e1e', text: '' },
  connector: { stroke: '#1e1e1e', arrow: 'end' as const },
  frame: { width: 800, height: 600, title: '', fill: '#f8f9fa' },
  stroke: { stroke: '#1e1e1e', strokeWidth: 4 },
  image: { width: 320, height: 240, alt: '' },
};
