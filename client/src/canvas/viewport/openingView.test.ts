import { describe, expect, it } from 'vitest';
import type { Item } from '@cocreate/shared';
import { boardToScreen } from './camera.js';
import { READABLE_PX, openingView } from './openingView.js';

const frame = (id: string, x: number, y: number): Item => ({
  id,
  type: 'frame',
  boardId: 'b',
  index: 'a0',
  x,
  y,
  width: 760,
  height: 620,
  title: id,
  fill: '#ffffff',
});
const note = (id: string, x: number, y: number, text = 'Idea'): Item => ({
  id,
  type: 'note',
  boardId: 'b',
  index: 'a1',
  x,
  y,
  width: 200,
  height: 200,
  text,
  color: 'yellow',
});
const tablet = { width: 912, height: 716 };
const font = (n: { text: string }) => (n.text.length > 50 ? 12 : 28);

describe('openingView', () => {
  it('fits a small working area whole', () => {
    const vp = openingView([frame('a', 0, 0)], tablet, 80, font);
    expect(vp.scale).toBeCloseTo(Math.min((912 - 160) / 760, (716 - 160) / 620));
  });

  it('zooms a large board in to readable note text, showing the first frame from its top-left', () => {
    const frames = [0, 1, 2].flatMap((col) => [0, 1].map((row) => frame(`f${col}${row}`, col * 800, row * 660)));
    const vp = openingView([...frames, note('n', 2000, 900)], tablet, 80, font);
    expect(28 * vp.scale).toBeGreaterThanOrEqual(READABLE_PX);
    expect(boardToScreen(vp, { x: 0, y: 0 })).toEqual({ x: 80, y: 80 });
  });

  it('reads the working area from the frames, not from stray items far away', () => {
    const vp = openingView([frame('a', 0, 0), note('far', 20_000, 20_000)], tablet, 80, font);
    const corner = boardToScreen(vp, { x: 0, y: 0 });
    expect(corner.x).toBeGreaterThanOrEqual(80);
    expect(corner.y).toBeGreaterThanOrEqual(80);
  });

  it('keeps the smallest note text readable, up to 100 %', () => {
    const frames = [0, 1, 2].map((col) => frame(`f${col}`, col * 800, 0));
    const vp = openingView([...frames, note('long', 100, 100, 'x'.repeat(120))], tablet, 80, font);
    expect(vp.scale).toBe(1);
    expect(openingView([], tablet, 80, font)).toEqual({ x: 456, y: 358, scale: 1 });
  });

  it('shows larger text where asked (the projector)', () => {
    const frames = [0, 1, 2].flatMap((col) => [0, 1].map((row) => frame(`f${col}${row}`, col * 800, row * 660)));
    const items = [...frames, note('n', 100, 100)];
    const projector = openingView(items, tablet, 80, font, 18);
    expect(28 * projector.scale).toBeGreaterThanOrEqual(18);
    expect(projector.scale).toBeGreaterThan(openingView(items, tablet, 80, font).scale);
  });
  it('measures only the notes whose text could be the smallest, to the same view', () => {
    const items = [frame('a', 0, 0), note('short', 10, 10), note('long', 300, 10, 'x'.repeat(120)), note('other', 10, 300)];
    const measured: string[] = [];
    const exact = (n: { text: string }) => {
      measured.push(n.text.slice(0, 5));
      return font(n);
    };
    // A lower bound that says short texts are drawn at 28 at least: once a note at 12 was found, they are not measured.
    const atLeast = (n: { text: string }) => (n.text.length > 50 ? 12 : 28);
    const bounded = openingView([items[0]!, items[2]!, items[1]!, items[3]!], tablet, 80, exact, READABLE_PX, atLeast);
    expect(measured).toEqual(['xxxxx']);
    expect(bounded).toEqual(openingView(items, tablet, 80, font));
  });
});
