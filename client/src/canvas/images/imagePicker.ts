import type { Point } from '@cocreate/shared';
import { setTool } from '../../store/uiActions.js';
import { t } from '../../ui/i18n/index.js';
import { placeImageFiles } from './placeImage.js';
import { IMAGE_TYPES } from './uploadImage.js';

let input: HTMLInputElement | null = null;

/** One hidden file input for the whole app, made on first use. */
function fileInput(): HTMLInputElement {
  if (input) return input;
  input = document.createElement('input');
  input.type = 'file';
  input.accept = [...IMAGE_TYPES].join(',');
  input.multiple = true;
  input.hidden = true;
  document.body.append(input);
  return input;
}

/**
 * Opens the browser's file picker for images (the Image tool); the chosen files are placed at
 * `at` (default the view's centre). Picking or cancelling returns to the Select tool.
 */
export function openImagePicker(at?: Point): void {
  const picker = fileInput();
  picker.setAttribute('aria-label', t('imageFile'));
  picker.value = '';
  picker.onchange = () => {
    const files = [...(picker.files ?? [])];
    setTool('select');
    if (files.length > 0) void placeImageFiles(files, at);
  };
  picker.oncancel = () => setTool('select');
  picker.click();
}
