// Cocreate in a browser page, driven by canvas-bench's own in-page harness (src/bench.js of
// ../shared/bench/canvas-bench): the same first-content rule, phases and rAF-interval method as the
// peers get, through an adapter onto the app's viewport.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { boardPixelsAt } from './boardPixels.js';
import { heapMB, mainThreadSeconds, presentedFps, startFrameTrace } from './frameTrace.js';

/** Frame figures of one phase. */
export interface Phase {
  medianMs: number;
  p95Ms: number;
  fps: number;
  presentedFps: number;
  /** Main-thread time per frame drawn (ms): below the display's interval, the headroom left. */
  mainThreadMs?: number;
  frames?: number;
  truncated?: boolean;
}

/** canvas-bench's in-page harness as a classic script, plus an adapter onto Cocreate's viewport. */
export function cocreateInitScript(harness: string): string {
  const benchJs = readFileSync(path.join(harness, 'src/bench.js'), 'utf8')
    .replace(/^export default bench;$/m, '')
    .replace(/^export (const|function) /gm, '$1 ');
  const adapter = `
    ${boardPixelsAt.toString()}
    const register = () => {
      const hook = window.__cocreate;
      if (!hook) return requestAnimationFrame(register);
      const state = () => hook.store.getState();
      bench.register('cocreate', {
        setView({ x, y, z }) {
          hook.store.setState({ viewport: { x: -x * z, y: -y * z, scale: z } });
        },
        // Note 0 drawn: every note is in, and the pixel at the probe point of note 0 (where the
        // view now shows it) has a note's fill on one of the stage's layers, or on the board's
        // picture painted while the board's code loads.
        isDrawn() {
          if (state().items.size < N) return false;
          return boardPixelsAt(PROBE).some(isNoteColor);
        },
        info() {
          return { items: state().items.size, viewport: state().viewport };
        },
      });
    };
    requestAnimationFrame(register);`;
  return `(() => {\n${benchJs}\n${adapter}\n})();`;
}

type View = { x: number; y: number; z: number };
type PhaseOptions = { frames: number; maxMs: number; dx?: number; dy?: number };
type Bench = {
  readyAt: number | null;
  error: string | null;
  settle(o: { maxMs: number }): Promise<unknown>;
  setView(v: View): void;
  pan(o: PhaseOptions & { name: string }): Promise<Phase>;
  zoomOut(o: PhaseOptions): Promise<Phase>;
  jumpToFit(): Promise<unknown>;
};
// Functions passed to page.evaluate run in the page: each reaches the harness through `window` itself.

/** A phase runner: `run(name, kind, options)` records one phase under `name`. */
type Runner = (name: string, kind: 'pan' | 'zoomOut', options: PhaseOptions) => Promise<void>;

/** A Cocreate page whose board is drawn, at 100 % at the board's origin. */
export interface CocreatePage {
  page: Page;
  cdp: CDPSession;
  firstContentMs: number;
  heapMB(): Promise<number>;
  setView(view: View): Promise<void>;
  /** Runs `body` under a frame trace; gives its result and the presented fps of a marked phase. */
  withTrace<T>(body: () => Promise<T>): Promise<{ result: T; presentedFps(phase: string): number }>;
  /** Runs phases under a frame trace; gives each phase's figures with its presented fps. */
  traced(phases: (run: Runner) => Promise<void>): Promise<Record<string, Phase>>;
}

/** Opens `link` in `context` with the harness injected, and waits until note 0 of `notes` is drawn. */
export async function openCocreate(context: BrowserContext, link: string, notes: number, script: string): Promise<CocreatePage> {
  await context.addInitScript(script);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const url = new URL(link);
  url.searchParams.set('n', String(notes));
  await page.goto(url.href, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __bench?: Bench }).__bench?.readyAt != null, null, {
    timeout: 120_000,
    polling: 200,
  });
  const firstContentMs = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.readyAt!);
  const settle = (maxMs = 15_000) => page.evaluate((m) => (window as unknown as { __bench: Bench }).__bench.settle({ maxMs: m }), maxMs);
  const setView = async (view: View) => {
    await page.evaluate((v) => (window as unknown as { __bench: Bench }).__bench.setView(v), view);
    await settle();
  };
  const withTrace: CocreatePage['withTrace'] = async (body) => {
    const stop = await startFrameTrace(cdp);
    const result = await body();
    const events = await stop();
    const error = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.error);
    if (error) throw new Error(`Cocreate page error: ${error}`);
    return { result, presentedFps: (phase: string) => presentedFps(events, phase) };
  };
  await setView({ x: 0, y: 0, z: 1 });
  return {
    page,
    cdp,
    firstContentMs,
    heapMB: () => heapMB(cdp),
    setView,
    withTrace,
    async traced(phases) {
      const results: Record<string, Phase> = {};
      const { presentedFps: presented } = await withTrace(() =>
        phases(async (name, kind, options) => {
          const before = await mainThreadSeconds(cdp);
          if (kind === 'pan')
            results[name] = await page.evaluate((o) => (window as unknown as { __bench: Bench }).__bench.pan(o), { name, ...options });
          else {
            results[name] = await page.evaluate((o) => (window as unknown as { __bench: Bench }).__bench.zoomOut(o), options);
            if (results[name]!.truncated) await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.jumpToFit());
          }
          const phase = results[name]!;
          phase.mainThreadMs = (((await mainThreadSeconds(cdp)) - before) * 1000) / (phase.frames ?? Number.NaN);
          await settle(30_000);
        }),
      );
      for (const [name, phase] of Object.entries(results)) phase.presentedFps = presented(name);
      return results;
    },
  };
}
