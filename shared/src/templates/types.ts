import type { LocalizedText } from '../schema/common.js';
import type { Phase } from '../schema/control.js';
import type { NoteColor } from '../schema/colors.js';

/** A titled area a template lays out on its board. */
export interface TemplateFrame {
  title: LocalizedText;
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

/** A board template: pure data, every text in Dutch and English. */
export interface BoardTemplate {
  id: string;
  title: LocalizedText;
  /** The design-thinking phase the board belongs to; null for a blank board. */
  phase: Phase | null;
  description: LocalizedText;
  frames: readonly TemplateFrame[];
  notes: readonly TemplateNote[];
}
