import { NOTE_COLORS, NOTE_FILL, NoteColorSchema, ShapeKindSchema, updateItems, type Item, type ItemPatch, type NoteColor, type ShapeKind } from '@cocreate/shared';
import { editableSession, selectedItems } from '../../input/commands.js';
import { useStore } from '../../store/index.js';
import { setNoteColor, setShapeKind } from '../../store/uiActions.js';
import { useT } from '../i18n/index.js';
import { RadioGroup } from './RadioGroup.js';

/**
 * Options of the active tool or the selection, as Miro shows them: note colours while the Note
 * tool is on or notes are selected (applied to the selected notes too), shape kinds likewise.
 */
export function ToolOptions() {
  const t = useT();
  const tool = useStore((s) => s.tool);
  const noteColor = useStore((s) => s.noteColor);
  const shapeKind = useStore((s) => s.shapeKind);
  const selectedColor = useStore((s) => firstSelected(s, (i) => (i.type === 'note' ? i.color : null)));
  const selectedShape = useStore((s) => firstSelected(s, (i) => (i.type === 'shape' ? i.shape : null)));
  const showColors = tool === 'note' || selectedColor !== null;
  // A note another client coloured with a hex value shows no palette choice as picked.
  const palette = NoteColorSchema.safeParse(selectedColor);
  const showShapes = tool === 'shape' || selectedShape !== null;
  if (!showColors && !showShapes) return null;
  return (
    <div className="tool-options panel">
      {showColors && (
        <RadioGroup<NoteColor>
          label={t('noteColor')}
          options={NOTE_COLORS.map((c) => ({ value: c, label: t(`color.${c}`), swatch: NOTE_FILL[c] }))}
          value={palette.success ? palette.data : noteColor}
          onChange={(color) => {
            setNoteColor(color);
            patchSelected('note', { color });
          }}
        />
      )}
      {showShapes && (
        <RadioGroup<ShapeKind>
          label={t('shapeKind')}
          options={ShapeKindSchema.options.map((k) => ({ value: k, label: t(`shape.${k}`), shape: k }))}
          value={selectedShape ?? shapeKind}
          onChange={(shape) => {
            setShapeKind(shape);
            patchSelected('shape', { shape });
          }}
        />
      )}
    </div>
  );
}

/** The first non-null `pick` over the selected items (e.g. the colour of a selected note). */
function firstSelected<T>(s: { selectedIds: ReadonlySet<string>; items: ReadonlyMap<string, Item> }, pick: (item: Item) => T | null): T | null {
  for (const id of s.selectedIds) {
    const item = s.items.get(id);
    const value = item ? pick(item) : null;
    if (value !== null) return value;
  }
  return null;
}

/** Sets a field on every selected item of one type (e.g. the colour of the selected notes). */
function patchSelected(type: Item['type'], patch: ItemPatch): void {
  const live = editableSession();
  if (!live) return;
  const targets = selectedItems().filter((item) => item.type === type);
  if (targets.length > 0) updateItems(live.board, new Map(targets.map((item) => [item.id, patch])));
}
