import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { parseView, readFacilitation } from '../read/facilitation.js';
import { syncOnce } from '../testing/syncDocs.js';
import { bringEveryoneHere, setFollowMe } from './facilitation.js';

const VIEW = { boardId: 'b1', x: -100, y: 50, width: 1200, height: 700 };

describe('facilitation', () => {
  it('turns Follow me on and off, reporting only changes', () => {
    const control = new Y.Doc();
    expect(readFacilitation(control)).toEqual({ followMe: false, bringSeq: 0, bringView: null });
    expect(setFollowMe(control, true)).toBe(true);
    expect(setFollowMe(control, true)).toBe(false);
    expect(readFacilitation(control).followMe).toBe(true);
    expect(setFollowMe(control, false)).toBe(true);
  });

  it('counts bring-everyone-here requests, so a late client sees the last one and its number', () => {
    const control = new Y.Doc();
    expect(bringEveryoneHere(control, VIEW)).toBe(1);
    expect(bringEveryoneHere(control, { ...VIEW, boardId: 'b2' })).toBe(2);
    const late = new Y.Doc();
    syncOnce(control, late);
    expect(readFacilitation(late)).toEqual({ followMe: false, bringSeq: 2, bringView: { ...VIEW, boardId: 'b2' } });
  });

  it('refuses an invalid view and writes nothing', () => {
    const control = new Y.Doc();
    expect(() => bringEveryoneHere(control, { ...VIEW, width: 0 })).toThrow();
    expect(() => bringEveryoneHere(control, { ...VIEW, boardId: '../x' })).toThrow();
    expect(readFacilitation(control).bringSeq).toBe(0);
  });

  it('reads views from untrusted data defensively', () => {
    expect(parseView(VIEW)).toEqual(VIEW);
    expect(parseView({ ...VIEW, x: Number.NaN })).toBeNull();
    expect(parseView('here')).toBeNull();
    const control = new Y.Doc();
    control.getMap('facilitation').set('bringSeq', -4);
    expect(readFacilitation(control).bringSeq).toBe(0);
  });
});
