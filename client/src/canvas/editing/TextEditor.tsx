import { hasText } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { FrameTitleField } from './FrameTitleField.js';
import { TextField } from './TextField.js';

/**
 * The in-place editor of the item being edited (`editingId`): a textarea over a note, text or
 * shape, or a one-line field over a frame's title. Escape or a click elsewhere (the field loses
 * focus) ends editing. Observers never edit.
 */
export function TextEditor() {
  const item = useStore((s) => (s.editingId ? s.items.get(s.editingId) : undefined));
  const viewport = useStore((s) => s.viewport);
  const role = useStore((s) => s.role);
  if (!item || role === 'observer') return null;
  if (item.type === 'frame') return <FrameTitleField key={item.id} frame={item} viewport={viewport} />;
  return hasText(item) ? <TextField key={item.id} item={item} viewport={viewport} /> : null;
}
