import { panGesture } from '../viewport/panGesture.js';
import type { Tool } from './types.js';

/** Hand: every drag pans, nothing is selected or changed. */
export const handTool: Tool = { cursor: 'grab', down: panGesture };
