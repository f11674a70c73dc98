import { describe, expect, it } from 'vitest';
import { connectorBox, connectorEnds, edgePoint } from './connectorEnds.js';

const box = { x: 0, y: 0, width: 100, height: 100 };

describe('edgePoint', () => {
  it('leaves the rectangle on the side facing the target', () => {
    expect(edgePoint(box, { x: 500, y: 50 })).toEqual({ x: 100, y: 50 });
    expect(edgePoint(box, { x: 50, y: -500 })).toEqual({ x: 50, y: 0 });
    expect(edgePoint(box, { x: 150, y: 150 })).toEqual({ x: 100, y: 100 });
  });

  it('is the centre when the target is the centre', () => {
    expect(edgePoint(box, { x: 50, y: 50 })).toEqual({ x: 50, y: 50 });
  });

  it('stops at the target when it lies inside the rectangle', () => {
    expect(edgePoint(box, { x: 60, y: 50 })).toEqual({ x: 60, y: 50 });
  });
});

describe('connectorEnds', () => {
  it('uses the stored points for free ends', () => {
    expect(connectorEnds([1, 2, 3, 4], null, null)).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ]);
  });

  it('puts attached ends on the facing edges of both items', () => {
    const right = { x: 300, y: 0, width: 100, height: 100 };
    expect(connectorEnds([0, 0, 0, 0], box, right)).toEqual([
      { x: 100, y: 50 },
      { x: 300, y: 50 },
    ]);
  });

  it('aims an attached end at the free end', () => {
    const [a, b] = connectorEnds([0, 0, 50, 400], box, null);
    expect(a).toEqual({ x: 50, y: 100 });
    expect(b).toEqual({ x: 50, y: 400 });
  });
});

describe('connectorBox', () => {
  it('bounds both points and is at least 1 × 1', () => {
    expect(connectorBox({ x: 10, y: 20 }, { x: 0, y: 50 })).toEqual({ x: 0, y: 20, width: 10, height: 30 });
    expect(connectorBox({ x: 5, y: 5 }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5, width: 1, height: 1 });
  });
});
