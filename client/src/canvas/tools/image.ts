import { openImagePicker } from '../images/imagePicker.js';
import type { Tool } from './types.js';

/** Image: a click on the board opens the file picker and places the images there. */
export const imageTool: Tool = {
  cursor: 'copy',
  down(p) {
    openImagePicker(p.board);
    return null;
  },
};
