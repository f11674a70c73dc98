import { Arrow, Ellipse, Line, Rect } from '../konva.js';
import { INK_COLORS, INK_WIDTHS } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { useCanvasState } from '../interaction/canvasState.js';
import { PEN_TENSION } from '../items/StrokeView.js';
import { ACCENT } from '../items/style.js';

const thin = { strokeScaleEnabled: false, listening: false, perfectDrawEnabled: false } as const;

/** What a gesture in progress will make: the marquee, a box being dragged out, a pen line, a connector. */
export function DraftShapes() {
  const { marquee, draftBox, penPoints, connectorDraft } = useCanvasState();
  const inkColor = useStore((st) => st.inkColor);
  const inkWidth = useStore((st) => st.inkWidth);
  return (
    <>
      {marquee && <Rect {...thin} {...marquee} fill="rgba(25, 113, 194, 0.08)" stroke={ACCENT} strokeWidth={1} />}
      {draftBox &&
        (draftBox.kind === 'ellipse' ? (
          <Ellipse
            {...thin}
            x={draftBox.rect.x + draftBox.rect.width / 2}
            y={draftBox.rect.y + draftBox.rect.height / 2}
            radiusX={draftBox.rect.width / 2}
            radiusY={draftBox.rect.height / 2}
            stroke={ACCENT}
            strokeWidth={1.5}
            dash={[6, 4]}
          />
        ) : (
          <Rect {...thin} {...draftBox.rect} stroke={ACCENT} strokeWidth={1.5} dash={[6, 4]} />
        ))}
      {penPoints && (
        <Line
          listening={false}
          points={[...penPoints]}
          stroke={INK_COLORS[inkColor]}
          strokeWidth={INK_WIDTHS[inkWidth]}
          tension={PEN_TENSION}
          lineCap="round"
          lineJoin="round"
        />
      )}
      {connectorDraft && (
        <Arrow
          {...thin}
          points={[connectorDraft.from.x, connectorDraft.from.y, connectorDraft.to.x, connectorDraft.to.y]}
          stroke={ACCENT}
          fill={ACCENT}
          strokeWidth={2}
          dash={[6, 4]}
        />
      )}
    </>
  );
}
