import {
  INK_COLORS,
  INK_WIDTHS,
  NOTE_COLORS,
  NOTE_FILL,
  NoteColorSchema,
  ShapeKindSchema,
  updateItems,
  type InkColor,
  type InkWidth,
  type Item,
  type ItemPatch,
  type NoteColor,
  type ShapeKind,
} from '@cocreate/shared';
import { docsFor } from '../../canvas/interaction/liveDoc.js';
import { selectedItems } from '../../input/commands.js';
import { useStore } from '../../store/index.js';
import { setInkColor, setInkWidth, setNoteColor, setShapeKind } from '../../store/uiActions.js';
import { useT } from '../i18n/index.js';
import { RadioGroup } from './RadioGroup.js';

/**
 * Options of the active tool or the selection, as Miro shows them: note colours while the Note
 * tool is on or notes are selected (applied to the selected notes too), shape kinds likewise, and
 * ink colour and width for the Pen and selected strokes (colour for connectors too).
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
  const inkColor = useStore((s) => s.inkColor);
  const inkWidth = useStore((s) => s.inkWidth);
  const selectedInk = useStore((s) =>
    firstSelected(s, (i) => (i.type === 'stroke' || i.type === 'connector' ? keyOf(INK_COLORS, i.stroke) : null)),
  );
  const selectedWidth = useStore((s) => firstSelected(s, (i) => (i.type === 'stroke' ? keyOf(INK_WIDTHS, i.strokeWidth) : null)));
  const showInk = tool === 'pen' || selectedInk !== null;
  const showWidth = tool === 'pen' || selectedWidth !== null;
  if (!showColors && !showShapes && !showInk) return null;
  return (
    <div className="tool-options panel" data-obstructs="bottom">
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
      {showInk && (
        <RadioGroup<InkColor>
          label={t('inkColor')}
          options={(Object.keys(INK_COLORS) as InkColor[]).map((c) => ({ value: c, label: t(`color.${c}`), swatch: INK_COLORS[c] }))}
          value={selectedInk ?? inkColor}
          onChange={(color) => {
            setInkColor(color);
            patchSelected('stroke', { stroke: INK_COLORS[color] });
            patchSelected('connector', { stroke: INK_COLORS[color] });
          }}
        />
      )}
      {showWidth && (
        <RadioGroup<InkWidth>
          label={t('inkWidth')}
          options={(Object.keys(INK_WIDTHS) as InkWidth[]).map((w) => ({
            value: w,
            label: t(`width.${w}`),
            lineWidth: INK_WIDTHS[w] / 2 + 1,
          }))}
          value={selectedWidth ?? inkWidth}
          onChange={(width) => {
            setInkWidth(width);
            patchSelected('stroke', { strokeWidth: INK_WIDTHS[width] });
          }}
        />
      )}
    </div>
  );
}

/** The name under which `table` holds `value` (a stroke's hex colour → its ink name), or null. */
function keyOf<K extends string, V>(table: Readonly<Record<K, V>>, value: V): K | null {
  return (Object.keys(table) as K[]).find((k) => table[k] === value) ?? null;
}

/** The first non-null `pick` over the selected items (e.g. the colour of a selected note). */
function firstSelected<T>(
  s: { selectedIds: ReadonlySet<string>; items: ReadonlyMap<string, Item> },
  pick: (item: Item) => T | null,
): T | null {
  for (const id of s.selectedIds) {
    const item = s.items.get(id);
    const value = item ? pick(item) : null;
    if (value !== null) return value;
  }
  return null;
}

/** Sets a field on every selected item of one type (e.g. the colour of the selected notes). */
function patchSelected(type: Item['type'], patch: ItemPatch): void {
  const targets = selectedItems().filter((item) => item.type === type);
  for (const [doc, ids] of docsFor(targets.map((item) => item.id))) updateItems(doc, new Map(ids.map((id) => [id, patch])));
}
