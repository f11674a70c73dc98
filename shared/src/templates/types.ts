import type { LocalizedText } from '../schema/common.js';
import type { Phase } from '../schema/control.js';
import type { NoteColor } from '../schema/colors.js';
import type { ShapeKind } from '../schema/item.js';

/** A titled area a template lays out on its board. */
export interface TemplateFrame {
  title: LocalizedText;
  /** What goes in this frame, with one example (shown in the board's guidance). */
  instruction: LocalizedText;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** A note a template puts on its board as a prompt. */
export interface TemplateNote {
  text: LocalizedText;
  x: number;
  y: number;
  color: NoteColor;
}

/** Fixed drawing a template adds to its frames: an axis label, an axis, a ring of a map. */
export type TemplateMark =
  | { kind: 'label'; text: LocalizedText; x: number; y: number; width: number; fontSize: number }
  | { kind: 'axis'; from: { x: number; y: number }; to: { x: number; y: number } }
  | { kind: 'area'; shape: ShapeKind; x: number; y: number; width: number; height: number; fill: string; stroke: string };

/** A board template: pure data, every text in Dutch and English. */
export interface BoardTemplate {
  id: string;
  title: LocalizedText;
  /** The design-thinking phase the board belongs to; null for a blank board. */
  phase: Phase | null;
  /** What the board holds, and nothing it does not. */
  description: LocalizedText;
  /** Suggested time for the board in a workshop, in minutes. */
  minutes: number;
  /** For the facilitator: the method behind the board and how to run it. */
  facilitatorNote: LocalizedText;
  frames: readonly TemplateFrame[];
  notes: readonly TemplateNote[];
  marks: readonly TemplateMark[];
}
