// GET /api/time: the server's clock, which every client's timer counts against.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeResponseSchema } from '@cocreate/shared';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/time', () => {
  it('answers the server clock as { now }, never cached', async () => {
    const before = Date.now();
    const res = await fetch(`${server.url}/api/time`);
    const after = Date.now();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { now } = TimeResponseSchema.parse(await res.json());
    // Same machine, same clock: the answer lies within the round trip.
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
  });

  it('refuses other methods', async () => {
    const res = await fetch(`${server.url}/api/time`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
