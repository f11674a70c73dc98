// What canvas-bench measures besides rAF intervals, over CDP, with its method: the JS heap after a
// forced GC, and the frames Chromium's compositor really presented during each marked phase.
import type { CDPSession } from 'playwright-core';

/** V8 heap in use after a full GC, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return Math.round((heap.usedSize / 1048576) * 10) / 10;
}

/**
 * Seconds the page's main thread has spent in tasks so far (CDP `Performance.getMetrics`'s
 * TaskDuration): a frame interval stops at the display's 16.7 ms, this shows the headroom below it.
 */
export async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
}

interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts: number;
  args?: { name?: string; frame_reporter?: { state?: string; frame_sequence?: number } };
}

const CATEGORIES = ['disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

/** Starts a trace of frame presentation; the returned function stops it and gives the events. */
export async function startFrameTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * Frames per second the compositor presented with the page's update between the user-timing marks
 * `canvas-bench:<phase>:start` and `:end` (Chromium's PipelineReporter STATE_PRESENTED_ALL).
 */
export function presentedFps(events: readonly TraceEvent[], phase: string): number {
  const start = events.find((e) => e.name === `canvas-bench:${phase}:start`);
  const end = events.find((e) => e.name === `canvas-bench:${phase}:end`);
  if (!start || !end) return Number.NaN;
  const compositor = new Set(
    events.filter((e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'Compositor').map((e) => e.tid),
  );
  const rank: Record<string, number> = { STATE_DROPPED: 1, STATE_PRESENTED_PARTIAL: 2, STATE_PRESENTED_ALL: 3 };
  const best = new Map<number, number>();
  for (const e of events) {
    const frame = e.args?.frame_reporter;
    if (e.name !== 'PipelineReporter' || e.ph !== 'b' || e.pid !== start.pid || !compositor.has(e.tid) || !frame) continue;
    if (e.ts < start.ts || e.ts > end.ts || frame.frame_sequence === undefined) continue;
    best.set(frame.frame_sequence, Math.max(best.get(frame.frame_sequence) ?? 0, rank[frame.state ?? ''] ?? 0));
  }
  const presented = [...best.values()].filter((r) => r === 3).length;
  const seconds = (end.ts - start.ts) / 1e6;
  return seconds > 0 ? Math.round((presented / seconds) * 10) / 10 : Number.NaN;
}
