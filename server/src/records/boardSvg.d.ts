import { type SessionRecord } from '@cocreate/shared';
/**
 * A picture of one board as SVG, drawn from the record (no browser needed): frames, notes in
 * their colours with their text wrapped, text, shapes, connectors, strokes, images and cluster
 * outlines, fitted to the board's content. All user text is escaped.
 */
export declare function boardSvg(record: SessionRecord, boardId: string, label: string): string;
