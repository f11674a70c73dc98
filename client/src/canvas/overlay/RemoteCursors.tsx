import { useMemo } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { Shape } from '../konva.js';
import { useStore } from '../../store/index.js';
import { measureIn } from '../items/measureText.js';
import { CHEAP, FONT_FAMILY } from '../items/style.js';

// A pointer arrow, screen pixels, tip at (0, 0).
const ARROW = [0, 0, 0, 17, 4.5, 13, 8, 21, 11, 19.5, 7.5, 12, 13, 12];
const FONT_SIZE = 12;
const FONT = `${FONT_SIZE}px ${FONT_FAMILY}`;
/** The name tag: below right of the tip, text padded by 4 px, corners rounded by 4 px. */
const TAG = { x: 12, y: 20, padding: 4, radius: 4 };

/** A remote pointer as drawn: where it is on the board, its person's colour and name. */
export interface DrawnCursor {
  x: number;
  y: number;
  color: string;
  name: string;
}

/**
 * Everyone else's pointer on this board, with their name in their colour, at constant screen size.
 * One shape draws them all: a group of four nodes per person cost Konva a save and a transform per
 * node on every frame, most of the overlay's time with thirty people moving their pointers.
 */
export function RemoteCursors() {
  const presence = useStore((s) => s.presence);
  const boardId = useStore((s) => s.boardId);
  const cursors = useMemo(
    () =>
      presence.flatMap((p): DrawnCursor[] =>
        p.cursor && p.boardId === boardId ? [{ x: p.cursor.x, y: p.cursor.y, color: p.color, name: p.name || '…' }] : [],
      ),
    [presence, boardId],
  );
  return <Shape {...CHEAP} name="cursors" cursors={cursors} sceneFunc={drawCursors} />;
}

let arrow: Path2D | undefined;

function drawCursors(ctx: Context, shape: Konva.Shape): void {
  const cursors = shape.getAttr('cursors') as readonly DrawnCursor[];
  if (cursors.length === 0) return;
  const c = ctx._context;
  // The board's transform places each tip; from there on everything is in screen pixels.
  const board = c.getTransform();
  const ratio = ctx.canvas.getPixelRatio();
  arrow ??= new Path2D(`M${ARROW.join(' ')}Z`);
  c.font = FONT;
  c.textBaseline = 'middle';
  c.lineWidth = 1.5;
  c.strokeStyle = '#ffffff';
  for (const cursor of cursors) {
    const at = board.transformPoint({ x: cursor.x, y: cursor.y });
    c.setTransform(ratio, 0, 0, ratio, at.x, at.y);
    c.fillStyle = cursor.color;
    c.fill(arrow);
    c.stroke(arrow);
    const width = nameWidth(cursor.name) + 2 * TAG.padding;
    c.beginPath();
    c.roundRect(TAG.x, TAG.y, width, FONT_SIZE + 2 * TAG.padding, TAG.radius);
    c.fill();
    c.fillStyle = '#ffffff';
    c.fillText(cursor.name, TAG.x + TAG.padding, TAG.y + TAG.padding + FONT_SIZE / 2);
  }
  c.setTransform(board);
}

// Names measured once: the same few people's pointers are drawn every frame.
const widths = new Map<string, number>();

function nameWidth(name: string): number {
  let width = widths.get(name);
  if (width === undefined) {
    if (widths.size >= 1000) widths.clear();
    width = measureIn(FONT, name)?.width ?? name.length * FONT_SIZE * 0.6;
    widths.set(name, width);
  }
  return width;
}
