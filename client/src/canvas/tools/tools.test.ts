// The tools without a browser: pointer down, move and up on a session of real Yjs documents (the
// store bound to them as in the app), then what the board document holds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  createItem,
  createUndoManager,
  getItem,
  initSession,
  readItems,
  setBoardLocked,
  type Item,
  type Point,
  type Role,
} from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { bindFacilitation } from '../../sync/bindFacilitation.js';
import { bindYjs } from '../../sync/bindYjs.js';
import { setLiveSession } from '../../sync/liveSession.js';
import type { PointerInfo } from '../interaction/pointerInfo.js';
import { TOOLS } from './index.js';

// Far from the template's frames, on the first board, at 100 %.
const AT = { x: 20_000, y: 20_000 };
let board: Y.Doc;
let control: Y.Doc;
let boardId: string;
let stops: (() => void)[] = [];

// Dragging batches its writes per animation frame; here a frame comes at once.
globalThis.requestAnimationFrame ??= (callback: FrameRequestCallback) => {
  callback(performance.now());
  return 0;
};
globalThis.cancelAnimationFrame ??= () => {};

const pointer = (p: Point, shiftKey = false): PointerInfo => ({ screen: { x: p.x - AT.x, y: p.y - AT.y }, board: p, unit: 1, shiftKey });

/** A press at `from`, moves through `path`, a release at its last point, with the active tool. */
function press(tool: keyof typeof TOOLS, from: Point, path: Point[] = []): void {
  const gesture = TOOLS[tool].down(pointer(from));
  for (const p of path) gesture?.move(pointer(p));
  gesture?.up(pointer(path.at(-1) ?? from));
}

const created = (before: Set<string>) => readItems(board, boardId).filter((i) => !before.has(i.id));
const ids = () => new Set(readItems(board, boardId).map((i) => i.id));

/** This tab's live session on the test's documents, as a person of `role`. */
function joinAs(role: Role): void {
  setLiveSession({
    sessionId: 's',
    role,
    token: 't',
    participantId: 'p1',
    board,
    control,
    awareness: new Awareness(board),
    undo: createUndoManager(board),
  });
  useStore.setState({ role });
}

beforeEach(() => {
  board = new Y.Doc();
  control = new Y.Doc();
  const meta = initSession(control, board, { title: 'Tools', language: 'en' });
  boardId = meta.currentBoardId!;
  stops = [bindYjs(board, control), bindFacilitation(board, control)];
  joinAs('participant');
  useStore.setState({
    participantId: 'p1',
    boardId,
    viewport: { x: -AT.x, y: -AT.y, scale: 1 },
    selectedIds: new Set(),
    editingId: null,
  });
});

afterEach(() => {
  for (const stop of stops) stop();
  setLiveSession(null);
});

describe('tools on a headless session', () => {
  it('Note: a click places a note centred on the pointer, by this person, and starts editing it', () => {
    const before = ids();
    press('note', { x: AT.x + 300, y: AT.y + 300 });
    const [note] = created(before);
    expect(note).toMatchObject({ type: 'note', x: AT.x + 200, y: AT.y + 200, createdBy: 'p1' });
    expect(useStore.getState().editingId).toBe(note!.id);
  });

  it('Shape and Frame: a drag draws the box it covers', () => {
    let before = ids();
    press('shape', { x: AT.x, y: AT.y }, [
      { x: AT.x + 60, y: AT.y + 30 },
      { x: AT.x + 150, y: AT.y + 90 },
    ]);
    expect(created(before)).toEqual([expect.objectContaining({ type: 'shape', x: AT.x, y: AT.y, width: 150, height: 90 })]);
    before = ids();
    press('frame', { x: AT.x + 1000, y: AT.y + 1000 }, [{ x: AT.x + 1400, y: AT.y + 1300 }]);
    expect(created(before)).toEqual([expect.objectContaining({ type: 'frame', x: AT.x + 1000, y: AT.y + 1000, width: 400, height: 300 })]);
  });

  it('Pen: a drag leaves a stroke through the points it passed', () => {
    const before = ids();
    press('pen', { x: AT.x, y: AT.y }, [
      { x: AT.x + 10, y: AT.y + 20 },
      { x: AT.x + 40, y: AT.y + 5 },
    ]);
    const [stroke] = created(before) as Extract<Item, { type: 'stroke' }>[];
    expect(stroke).toMatchObject({ type: 'stroke', x: AT.x, y: AT.y, width: 40, height: 20 });
    expect(stroke!.points).toEqual([0, 0, 10, 20, 40, 5]);
  });

  it('Connector: a drag from one note to another joins them', () => {
    const a = createItem(board, { type: 'note', boardId, x: AT.x, y: AT.y });
    const b = createItem(board, { type: 'note', boardId, x: AT.x + 600, y: AT.y });
    const before = ids();
    press('connector', { x: AT.x + 100, y: AT.y + 100 }, [
      { x: AT.x + 300, y: AT.y + 100 },
      { x: AT.x + 700, y: AT.y + 100 },
    ]);
    expect(created(before)).toEqual([expect.objectContaining({ type: 'connector', fromId: a, toId: b })]);
  });

  it('Select: a drag moves the note under the pointer; a drag on empty board selects by marquee', () => {
    const a = createItem(board, { type: 'note', boardId, x: AT.x, y: AT.y });
    const b = createItem(board, { type: 'note', boardId, x: AT.x + 300, y: AT.y });
    press('select', { x: AT.x + 100, y: AT.y + 100 }, [
      { x: AT.x + 150, y: AT.y + 130 },
      { x: AT.x + 200, y: AT.y + 180 },
    ]);
    expect(getItem(board, a)).toMatchObject({ x: AT.x + 100, y: AT.y + 80 });
    expect(getItem(board, b)).toMatchObject({ x: AT.x + 300, y: AT.y });
    press('select', { x: AT.x - 50, y: AT.y - 50 }, [
      { x: AT.x + 200, y: AT.y + 200 },
      { x: AT.x + 700, y: AT.y + 400 },
    ]);
    expect(useStore.getState().selectedIds).toEqual(new Set([a, b]));
  });

  it('writes nothing for an observer, nor on a board the facilitator locked', () => {
    const before = ids();
    setBoardLocked(control, boardId, true);
    press('note', { x: AT.x + 300, y: AT.y + 300 });
    expect(created(before)).toEqual([]);
    setBoardLocked(control, boardId, false);
    joinAs('observer');
    press('note', { x: AT.x + 300, y: AT.y + 300 });
    press('pen', { x: AT.x, y: AT.y }, [{ x: AT.x + 40, y: AT.y + 5 }]);
    expect(created(before)).toEqual([]);
  });
});
