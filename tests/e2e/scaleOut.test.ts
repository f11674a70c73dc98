// The browser against two server processes on one PostgreSQL joined by Redis, each person pinned
// to another process: what one draws, the other sees drawn; the outcome panels and the timer cross
// processes too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { createSession, makeTempDir, startServer, type TestServer } from '../helpers/server.js';
import { joinAs, launchBrowser, type OpenedPage } from './helpers/browser.js';
import { addNote, showEmptyArea } from './helpers/draw.js';
import { drawnTexts } from './helpers/drawnText.js';

let pg: TestPostgres;
let redis: TestRedis;
let servers: TestServer[];
let browser: Browser;
let session: CreateSessionResponse;
let fien: OpenedPage;
let sara: OpenedPage;

/** The same link, served by another process. */
const on = (server: TestServer, link: string) => link.replace(/^https?:\/\/[^/]+/, server.url);

beforeAll(async () => {
  pg = await startPostgres();
  redis = await startRedis();
  const dataDir = makeTempDir();
  const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url };
  servers = [await startServer({ dataDir, env }), await startServer({ dataDir, env })];
  browser = await launchBrowser();
  session = await createSession(servers[0]!, 'Two processes');
  fien = await joinAs(browser, on(servers[0]!, session.links.facilitator), { name: 'Fien' });
  sara = await joinAs(browser, on(servers[1]!, session.links.participant), { name: 'Sara' });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.stop()));
  await redis?.kill();
  await pg?.destroy();
});

describe('two processes behind one session', () => {
  it('draws on one process what was written on the other', async () => {
    // Both look at the same empty area first (same board, same window), then Sara writes there.
    const at = await showEmptyArea(sara.page);
    expect(await showEmptyArea(fien.page)).toEqual(at);
    await addNote(sara.page, { x: at.x + 100, y: at.y + 100 }, 'Written on process two');
    await expect.poll(async () => (await drawnTexts(fien.page, 'Written on process two')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await addNote(fien.page, { x: at.x + 320, y: at.y + 100 }, 'Written on process one');
    await expect.poll(async () => (await drawnTexts(sara.page, 'Written on process one')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('carries the action plan across processes', async () => {
    await fien.page.getByRole('button', { name: 'Action plan', exact: true }).click();
    const panel = fien.page.getByRole('dialog', { name: 'Action plan' });
    await panel.getByRole('textbox', { name: 'What' }).fill('Ask the city');
    await panel.getByRole('button', { name: 'Add action' }).click();
    await sara.page.getByRole('button', { name: 'Action plan', exact: true }).click();
    await sara.page.getByRole('dialog', { name: 'Action plan' }).getByRole('cell', { name: 'Ask the city', exact: true }).waitFor();
    expect([...fien.errors, ...sara.errors]).toEqual([]);
  });
});
