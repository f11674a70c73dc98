import type { ToolId } from '../../store/index.js';
import type { MessageKey } from '../i18n/index.js';

/** A tool of the tool bar: its id, the key of its name and whether it changes the board. */
export interface ToolSpec {
  id: ToolId;
  label: MessageKey;
  edits: boolean;
}

/** The tools in tool bar order (names fixed by the contract). */
export const TOOLS: readonly ToolSpec[] = [
  { id: 'select', label: 'tool.select', edits: false },
  { id: 'hand', label: 'tool.hand', edits: false },
  { id: 'note', label: 'tool.note', edits: true },
  { id: 'text', label: 'tool.text', edits: true },
  { id: 'shape', label: 'tool.shape', edits: true },
  { id: 'connector', label: 'tool.connector', edits: true },
  { id: 'frame', label: 'tool.frame', edits: true },
  { id: 'pen', label: 'tool.pen', edits: true },
  { id: 'image', label: 'tool.image', edits: true },
];
