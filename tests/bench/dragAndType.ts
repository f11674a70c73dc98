// Dragging 50 selected notes with the real mouse, then typing into a note, on a joined Cocreate page:
// the rAF intervals of each phase (canvas-bench's method: one interval per frame, user-timing marks
// around the phase for the trace), and for every typed character the time from its input event to
// the next frame, and how many frames passed before the document and the store held it.
import type { Page } from 'playwright-core';
import { COLUMNS } from './seedBoard.js';
import type { CocreatePage, Phase } from './cocreatePage.js';

/** The selection: a block of 10 × 5 notes at the board's origin (ids as seedBoard writes them). */
const SELECTED = Array.from({ length: 50 }, (_, k) => `n${Math.floor(k / 10) * COLUMNS + (k % 10)}`);
/** The note grabbed, then typed into: inside the block, and none of the remote writers' notes. */
const GRABBED = `n${COLUMNS + 1}`;
const MOUSE_INTERVAL_MS = 8; // a 125 Hz mouse
const TYPED = 'Bikes for every pupil, maintained by the city';
const KEY_DELAY_MS = 80;

/** How the typed characters showed: input to next frame, and frames until the store had the text. */
export interface Typing {
  inputToFrameP95Ms: number;
  inputToFrameMaxMs: number;
  framesToStoreMax: number;
  characters: number;
}

type Hook = {
  store: {
    getState(): {
      items: Map<string, { x: number; y: number; width: number; height: number; text?: string }>;
      viewport: { x: number; y: number; scale: number };
      editingId: string | null;
    };
    setState(s: object): void;
  };
};
type Frames = { start(name: string): void; stop(name: string): number[] };
type Keys = { start(id: string): void; stop(): { toFrameMs: number[]; framesToStore: number[] } };
// Functions passed to page.evaluate run in the page: each reaches its helpers through `window` itself.

/**
 * The in-page frame recorder (`__frames`) and typed-character tracker (`__keys`), as a classic
 * script: tsx would wrap named functions of a page.evaluate callback in a helper the page lacks.
 */
const RECORDERS = `(() => {
  let ts = [];
  let recording = false;
  const tick = (t) => {
    if (!recording) return;
    ts.push(t);
    requestAnimationFrame(tick);
  };
  window.__frames = {
    start(name) {
      ts = [];
      recording = true;
      performance.mark('canvas-bench:' + name + ':start');
      requestAnimationFrame(tick);
    },
    stop(name) {
      recording = false;
      performance.mark('canvas-bench:' + name + ':end');
      return ts.slice(1).map((t, i) => t - ts[i]);
    },
  };
  let id = '';
  const toFrameMs = [];
  const framesToStore = [];
  const onInput = (e) => {
    const value = e.target.value;
    const at = performance.now();
    let frames = 0;
    const check = () => {
      if (frames === 0) toFrameMs.push(performance.now() - at);
      frames++;
      if (window.__cocreate.store.getState().items.get(id)?.text === value || frames > 600) framesToStore.push(frames);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  window.__keys = {
    start(noteId) {
      id = noteId;
      document.addEventListener('input', onInput, true);
    },
    stop() {
      document.removeEventListener('input', onInput, true);
      return { toFrameMs, framesToStore };
    },
  };
})()`;

/** canvas-bench's figures of some frame intervals (its percentile rule). */
function phaseOf(intervals: readonly number[]): Phase {
  const s = [...intervals].sort((a, b) => a - b);
  const pick = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? Number.NaN;
  const sum = intervals.reduce((a, b) => a + b, 0);
  return { medianMs: pick(0.5), p95Ms: pick(0.95), fps: (1000 * intervals.length) / sum, presentedFps: Number.NaN };
}

/** The screen point (page coordinates) of a note's centre as the page shows it now. */
async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((noteId) => {
    const { items, viewport } = (window as unknown as { __cocreate: Hook }).__cocreate.store.getState();
    const note = items.get(noteId);
    if (!note) throw new Error(`note ${noteId} is not on the board`);
    const box = document.querySelector('[role="application"]')!.getBoundingClientRect();
    return {
      x: box.left + (note.x + note.width / 2) * viewport.scale + viewport.x,
      y: box.top + (note.y + note.height / 2) * viewport.scale + viewport.y,
    };
  }, id);
}

/**
 * Drags the 50 selected notes for `durationMs` with the real mouse, then double-clicks the grabbed
 * note and types into it; the page must be joined (not an observer) and show the board at 50 %.
 */
export async function dragAndType(cocreate: CocreatePage, durationMs: number): Promise<{ phases: Record<string, Phase>; typing: Typing }> {
  const { page } = cocreate;
  await page.evaluate(RECORDERS);
  const phases: Record<string, Phase> = {};
  const { result: typing, presentedFps } = await cocreate.withTrace(async (): Promise<Typing> => {
    await page.evaluate((ids) => {
      (window as unknown as { __cocreate: Hook }).__cocreate.store.setState({ selectedIds: new Set(ids) });
    }, SELECTED);
    const from = await centreOf(page, GRABBED);
    const before = await page.evaluate(
      (id) => (window as unknown as { __cocreate: Hook }).__cocreate.store.getState().items.get(id)!.x,
      GRABBED,
    );
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.evaluate(() => (window as unknown as { __frames: Frames }).__frames.start('drag'));
    const t0 = Date.now();
    for (let step = 1; Date.now() - t0 < durationMs; step++) {
      await page.mouse.move(from.x + (step % 200), from.y + (step % 100) / 2);
      await new Promise((r) => setTimeout(r, MOUSE_INTERVAL_MS));
    }
    phases.drag = phaseOf(await page.evaluate(() => (window as unknown as { __frames: Frames }).__frames.stop('drag')));
    await page.mouse.up();
    const after = await page.evaluate(
      (id) => (window as unknown as { __cocreate: Hook }).__cocreate.store.getState().items.get(id)!.x,
      GRABBED,
    );
    if (after === before) throw new Error('the drag moved nothing');

    const at = await centreOf(page, GRABBED);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((id) => (window as unknown as { __cocreate: Hook }).__cocreate.store.getState().editingId === id, GRABBED);
    await page.keyboard.press('End');
    await page.evaluate((id) => {
      const w = window as unknown as { __frames: Frames; __keys: Keys };
      w.__keys.start(id);
      w.__frames.start('type');
    }, GRABBED);
    await page.keyboard.type(` ${TYPED}`, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(200);
    phases.type = phaseOf(await page.evaluate(() => (window as unknown as { __frames: Frames }).__frames.stop('type')));
    const keys = await page.evaluate(() => (window as unknown as { __keys: Keys }).__keys.stop());
    await page.keyboard.press('Escape');
    if (keys.framesToStore.length !== TYPED.length + 1)
      throw new Error(`${keys.framesToStore.length} of ${TYPED.length + 1} characters seen`);
    return {
      inputToFrameP95Ms: phaseOf(keys.toFrameMs).p95Ms,
      inputToFrameMaxMs: Math.max(...keys.toFrameMs),
      framesToStoreMax: Math.max(...keys.framesToStore),
      characters: keys.framesToStore.length,
    };
  });
  for (const [name, phase] of Object.entries(phases)) phase.presentedFps = presentedFps(name);
  return { phases, typing };
}
