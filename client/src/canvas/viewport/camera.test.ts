import { describe, expect, it } from 'vitest';
import { useStore } from '../../store/index.js';
import {
  FIT_PADDING,
  MAX_SCALE,
  MIN_SCALE,
  boardToScreen,
  fitRect,
  fitToScreen,
  panBy,
  screenToBoard,
  setCanvasSize,
  visibleRect,
  zoomAround,
  zoomBy,
} from './camera.js';

describe('camera math', () => {
  const vp = { x: 100, y: -50, scale: 2 };

  it('maps screen to board and back', () => {
    const p = { x: 340, y: 90 };
    const b = screenToBoard(vp, p);
    expect(b).toEqual({ x: 120, y: 70 });
    expect(boardToScreen(vp, b)).toEqual(p);
  });

  it('zooms around a point, which stays under the pointer', () => {
    const p = { x: 400, y: 300 };
    const before = screenToBoard(vp, p);
    const next = zoomAround(vp, p, 1.5);
    expect(next.scale).toBe(3);
    const after = screenToBoard(next, p);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps zoom to 2 % – 400 %', () => {
    expect(zoomAround(vp, { x: 0, y: 0 }, 100).scale).toBe(MAX_SCALE);
    expect(zoomAround(vp, { x: 0, y: 0 }, 0.0001).scale).toBe(MIN_SCALE);
  });

  it('pans by a screen delta', () => {
    expect(panBy(vp, 10, -20)).toEqual({ x: 110, y: -70, scale: 2 });
  });

  it('computes the visible board rectangle', () => {
    expect(visibleRect(vp, { width: 800, height: 600 })).toEqual({ x: -50, y: 25, width: 400, height: 300 });
  });

  it('fits a rectangle centred, never above 100 %', () => {
    const size = { width: 1000, height: 800 };
    const big = fitRect({ x: 0, y: 0, width: 4000, height: 1000 }, size, 0);
    expect(big.scale).toBeCloseTo(0.25);
    const c = boardToScreen(big, { x: 2000, y: 500 });
    expect(c.x).toBeCloseTo(500);
    expect(c.y).toBeCloseTo(400);
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, size).scale).toBe(1);
  });
});

describe('zoom buttons', () => {
  it('zoomBy keeps the canvas centre fixed', () => {
    setCanvasSize({ width: 800, height: 600 });
    useStore.setState({ viewport: { x: 0, y: 0, scale: 1 } });
    zoomBy(2);
    const { viewport } = useStore.getState();
    expect(viewport.scale).toBe(2);
    expect(screenToBoard(viewport, { x: 400, y: 300 })).toEqual({ x: 400, y: 300 });
  });

  it('fitToScreen fits the items of the board being viewed only', () => {
    setCanvasSize({ width: 1000, height: 800 });
    const base = { index: 'a0', text: '', color: 'yellow' as const, type: 'note' as const };
    useStore.setState({
      boardId: 'b1',
      items: new Map([
        ['n1', { ...base, id: 'n1', boardId: 'b1', x: 0, y: 0, width: 200, height: 200 }],
        ['n2', { ...base, id: 'n2', boardId: 'b1', x: 1800, y: 0, width: 200, height: 200 }],
        ['n3', { ...base, id: 'n3', boardId: 'b2', x: 90_000, y: 0, width: 200, height: 200 }],
      ]),
    });
    fitToScreen();
    const { viewport } = useStore.getState();
    expect(viewport.scale).toBeCloseTo((1000 - 2 * FIT_PADDING) / 2000);
    expect(boardToScreen(viewport, { x: 1000, y: 100 }).x).toBeCloseTo(500);
  });
});
