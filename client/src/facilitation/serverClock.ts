import { TimeResponseSchema } from '@cocreate/shared';
import { readAnswer } from '../api/readAnswer.js';

/** One round trip to `GET /api/time`: when it was sent and received (this device's clock), and the server's answer. */
export interface ClockSample {
  sent: number;
  received: number;
  server: number;
}

/**
 * The server clock minus this device's, from the sample with the shortest round trip (the least
 * room for queueing), assuming the server read its clock halfway through the trip.
 */
export function bestOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const s of samples) if (s.received >= s.sent && (!best || s.received - s.sent < best.received - best.sent)) best = s;
  return best ? best.server - (best.sent + best.received) / 2 : null;
}

const SAMPLES = 5;
/** The clocks drift apart slowly: measure again now and then (ms). */
const RESYNC_MS = 10 * 60_000;

let offset = 0;
let running = false;

/** The server's clock now in whole ms, as well as this device can tell (its own clock until the first measurement). */
export function serverNow(): number {
  return Math.round(Date.now() + offset);
}

async function measure(): Promise<void> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    try {
      const sent = Date.now();
      const { now } = await readAnswer(await fetch('/api/time', { cache: 'no-store' }), TimeResponseSchema);
      samples.push({ sent, received: Date.now(), server: now });
    } catch {
      // Offline for the moment: keep the last estimate.
    }
  }
  offset = bestOffset(samples) ?? offset;
}

/** Measures this device's offset from the server clock now and every few minutes (once per tab). */
export function syncServerClock(): Promise<void> {
  if (running) return Promise.resolve();
  running = true;
  setInterval(() => void measure(), RESYNC_MS);
  return measure();
}
