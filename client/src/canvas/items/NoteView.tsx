import { memo } from 'react';
import type Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import { Shape, Util } from '../konva.js';
import { noteFill, type Note } from '@cocreate/shared';
import { measureIn, noteTextLayout, noteTextLines, type TextLine } from './measureText.js';
import { CHEAP, FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from './style.js';

const TEXT_COLOR = '#1e1e1e';
const CORNER_RADIUS = 3;

/**
 * A sticky note: a coloured square with its text centred, shrunk to fit down to a legible size
 * and below that grown downwards, never cut (small on screen, LowDetailBatch draws notes).
 * One shape draws the square and the lines, laid out once: a Konva group, rectangle and text
 * per note cost three nodes, several canvas saves and a text measurement on every frame, which
 * is most of a frame when panning over hundreds of notes at 25–50 %.
 */
export const NoteView = memo(function NoteView({ item, editing }: { item: Note; editing: boolean }) {
  const { fontSize, height } = noteTextLayout(item);
  const text = editing ? '' : item.text;
  return (
    <Shape
      {...CHEAP}
      name="note"
      x={item.x}
      y={item.y}
      width={item.width}
      height={height}
      fill={noteFill(item.color)}
      stroke="rgba(0,0,0,0.12)"
      strokeWidth={1}
      // What the shape draws, kept on it (as a Konva text keeps its lines): tests read it there.
      text={text}
      lines={text === '' ? [] : noteTextLines(item)}
      fontSize={fontSize}
      fontFamily={FONT_FAMILY}
      lineHeight={LINE_HEIGHT}
      padding={TEXT_PADDING}
      sceneFunc={drawNote}
    />
  );
});

function drawNote(ctx: Context, shape: Konva.Shape): void {
  const width = shape.width();
  const height = shape.height();
  ctx.beginPath();
  Util.drawRoundedRectPath(ctx, width, height, CORNER_RADIUS);
  ctx.closePath();
  ctx.fillStrokeShape(shape);
  const { lines, fontSize, lineHeight, padding } = shape.attrs as {
    lines: TextLine[];
    fontSize: number;
    lineHeight: number;
    padding: number;
  };
  drawCentredLines(ctx, lines, fontSize * lineHeight, padding, `${fontSize}px ${FONT_FAMILY}`, width, height);
}

/** Draws `lines` centred in a `width` × `height` box with `padding`, exactly where Konva's centred text puts them. */
function drawCentredLines(
  ctx: Context,
  lines: readonly TextLine[],
  lineHeight: number,
  padding: number,
  font: string,
  width: number,
  height: number,
): void {
  if (lines.length === 0) return;
  const top = padding + (height - lines.length * lineHeight - 2 * padding) / 2;
  const baseline = top + baselineShift(font) + lineHeight / 2;
  ctx.setAttr('font', font);
  ctx.setAttr('textBaseline', 'alphabetic');
  ctx.setAttr('textAlign', 'left');
  ctx.setAttr('fillStyle', TEXT_COLOR);
  for (const [i, line] of lines.entries()) {
    ctx.fillText(line.text, padding + (width - line.width - 2 * padding) / 2, baseline + i * lineHeight);
  }
}

// From the middle of a line box to its alphabetic baseline, per font (Konva's rule: half of ascent minus descent of "M").
const shifts = new Map<string, number>();

function baselineShift(font: string): number {
  let shift = shifts.get(font);
  if (shift === undefined) {
    const m = measureIn(font, 'M');
    if (!m) return 0;
    shift = ((m.fontBoundingBoxAscent ?? m.actualBoundingBoxAscent) - (m.fontBoundingBoxDescent ?? m.actualBoundingBoxDescent)) / 2;
    shifts.set(font, shift);
  }
  return shift;
}
