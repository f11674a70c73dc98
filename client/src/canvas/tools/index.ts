import type { ToolId } from '../../store/index.js';
import { connectorTool } from './connector.js';
import { frameTool } from './frame.js';
import { handTool } from './hand.js';
import { imageTool } from './image.js';
import { noteTool } from './note.js';
import { penTool } from './pen.js';
import { selectTool } from './select.js';
import { shapeTool } from './shape.js';
import { textTool } from './text.js';
import type { Tool } from './types.js';

/** Every tool of the tool bar, by id. */
export const TOOLS: Readonly<Record<ToolId, Tool>> = {
  select: selectTool,
  hand: handTool,
  note: noteTool,
  text: textTool,
  shape: shapeTool,
  connector: connectorTool,
  frame: frameTool,
  pen: penTool,
  image: imageTool,
};
