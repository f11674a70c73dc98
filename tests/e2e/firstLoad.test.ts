// Opening a link in a fresh browser: the app's script and the board's state come compressed, the
// state over HTTP from the first script; the board then shows what the server holds and live edits
// keep coming over the WebSocket. A link the server refuses still ends on the refused page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createItems, noteFill, readBoards, setItemText, type CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, type DocClient } from '../helpers/yclient.js';
import { fillJoinForm, launchBrowser, waitConnected } from './helpers/browser.js';
import { drawsText } from './helpers/drawnText.js';
import { darkShare, screenPixels, shareOf, type Rect } from './helpers/screen.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let writer: DocClient;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'First load e2e');
  browser = await launchBrowser();
  writer = connectDoc(server, session.id, session.tokens.participant);
  const control = connectDoc(server, `${session.id}.control`, session.tokens.participant);
  await Promise.all([writer.synced, control.synced]);
  const boardId = readBoards(control.doc)[0]!.id;
  control.destroy();
  // Enough notes that the state is worth compressing; the first one where the board opens.
  createItems(writer.doc, [
    { id: 'first', type: 'note', boardId, x: 40, y: 40, text: 'Fetched before connecting' },
    ...Array.from({ length: 300 }, (_, i) => ({
      type: 'note' as const,
      boardId,
      x: 40 + (i % 20) * 220,
      y: 300 + Math.floor(i / 20) * 220,
      text: `Idea ${i}`,
    })),
  ]);
});

afterAll(async () => {
  expect(errors).toEqual([]);
  await browser?.close();
});

/** A fresh browser context on `link`, recording every response's path, status and encoding. */
async function open(link: string): Promise<{ page: Page; responses: { path: string; status: number; encoding?: string }[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  const responses: { path: string; status: number; encoding?: string }[] = [];
  page.on('response', (r) =>
    responses.push({ path: new URL(r.url()).pathname, status: r.status(), encoding: r.headers()['content-encoding'] }),
  );
  await page.goto(link);
  return { page, responses };
}

describe('the first load of a link', () => {
  it('fetches the script and the board compressed, shows what the server holds, then live edits', async () => {
    const { page, responses } = await open(session.links.observer);
    await expect.poll(() => drawsText(page, 'Fetched before connecting'), { timeout: 15_000 }).toBe(true);
    const prefix = `/api/sessions/${session.id}/documents/`;
    // The board may draw from its picture before the state's answer is in.
    const documents = () =>
      responses
        .filter((r) => r.path.startsWith(prefix))
        .map((r) => [decodeURIComponent(r.path.slice(prefix.length)), r.status, r.encoding])
        .sort();
    await expect.poll(documents, { timeout: 15_000 }).toEqual([
      [session.id, 200, 'br'],
      [`${session.id}.control`, 200, 'br'],
      // The picture is made gzip-compressed and sent as it is.
      [`${session.id}/items`, 200, 'gzip'],
    ]);
    const scripts = responses.filter((r) => r.path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((r) => r.status === 200 && r.encoding === 'br')).toBe(true);

    setItemText(writer.doc, 'first', 'Then changed live');
    await expect.poll(() => drawsText(page, 'Then changed live'), { timeout: 10_000 }).toBe(true);
    await waitConnected(page);
    await page.context().close();
  });

  it("draws the board's picture while its state is on the way, then shows the document instead", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    let releaseState!: () => void;
    const stateHeld = new Promise<void>((resolve) => {
      releaseState = resolve;
    });
    await page.route(`**/documents/${session.id}`, async (route) => {
      await stateHeld;
      await route.continue();
    });
    // A picture a moment old: it still has a note someone has deleted since.
    await page.route(`**/documents/${session.id}/items`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { id: string; text?: string }[] };
      const idea = body.items.find((item) => item.text === 'Idea 0')!;
      body.items.push({ ...idea, id: 'deleted-since', text: 'Deleted since' });
      await route.fulfill({ response, json: body });
    });
    await page.goto(session.links.observer);
    await expect.poll(() => drawsText(page, 'Deleted since'), { timeout: 15_000 }).toBe(true);
    expect(await drawsText(page, 'Idea 1')).toBe(true);
    releaseState();
    await expect.poll(() => drawsText(page, 'Deleted since'), { timeout: 15_000 }).toBe(false);
    expect(await drawsText(page, 'Idea 1')).toBe(true);
    await waitConnected(page);
    await context.close();
  });

  it("paints the board's picture before the board's code is in, and the board then draws the same pixels", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    let releaseCode!: () => void;
    const codeHeld = new Promise<void>((resolve) => {
      releaseCode = resolve;
    });
    await page.route(/\/assets\/Board-[^/]*\.js$/, async (route) => {
      await codeHeld;
      await route.continue();
    });
    await page.goto(session.links.observer);
    await page.getByRole('img', { name: 'Opening the session…' }).waitFor({ timeout: 15_000 });
    // Three notes where the view shows them (it opens at the board's readable view).
    const notesOnScreen = (): Promise<Rect[]> =>
      page.evaluate(() => {
        const hook = window as unknown as { __cocreate: { store: { getState(): { viewport: { x: number; y: number; scale: number } } } } };
        const v = hook.__cocreate.store.getState().viewport;
        const stage = document.querySelector('main.stage')!.getBoundingClientRect();
        return [
          [40, 40],
          [40, 300],
          [260, 300],
        ].map(([x, y]) => ({
          x: stage.left + x! * v.scale + v.x + 2,
          y: stage.top + y! * v.scale + v.y + 2,
          width: 200 * v.scale - 4,
          height: 200 * v.scale - 4,
        }));
      });
    const shot = async () => Promise.all((await notesOnScreen()).map((rect) => screenPixels(page, rect)));
    await expect.poll(async () => shareOf((await shot())[0]!, noteFill('yellow')), { timeout: 15_000 }).toBeGreaterThan(0.5);
    const picture = await shot();
    expect(picture.every((pixels) => darkShare(pixels) > 0.005)).toBe(true); // their text
    expect(await page.getByRole('application', { name: 'Board' }).count()).toBe(0);

    releaseCode();
    await page.getByRole('application', { name: 'Board' }).waitFor({ timeout: 15_000 });
    await page.getByRole('img', { name: 'Opening the session…' }).waitFor({ state: 'detached', timeout: 15_000 });
    const board = await shot();
    // The same squares and text in the same places: the board's painters drew the picture.
    for (const [n, pixels] of board.entries()) {
      let differing = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if ([0, 1, 2].some((c) => Math.abs(pixels[i + c]! - picture[n]![i + c]!) > 24)) differing++;
      expect(differing / (pixels.length / 4)).toBeLessThan(0.01);
    }
    await waitConnected(page);
    await context.close();
  });

  it('opens the join form before fetching and building the board, which then follows behind it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    // When the form opened, and whether the board's canvas existed then (the test hook lists Konva's stages).
    await page.addInitScript(() => {
      const w = window as unknown as { __form?: { at: number; stages: number }; __cocreate?: { stages(): unknown[] } };
      new MutationObserver(() => {
        if (w.__form === undefined && document.querySelector('dialog[open]')) {
          w.__form = { at: performance.now(), stages: w.__cocreate?.stages().length ?? 0 };
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
    });
    await page.goto(session.links.participant);
    const form = page.getByRole('dialog', { name: 'Join session' });
    await form.getByRole('button', { name: 'Join' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => drawsText(page, 'Idea 1'), { timeout: 15_000 }).toBe(true);
    // The board's code (Konva) was asked for only once the form was open.
    const { opened, boardCodeAskedAt } = await page.evaluate(() => ({
      opened: (window as unknown as { __form: { at: number; stages: number } }).__form,
      boardCodeAskedAt: performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/Board-[^/]*\.js$/.test(r.name))
        .map((r) => r.startTime),
    }));
    expect(opened.stages).toBe(0);
    expect(boardCodeAskedAt).toHaveLength(1);
    expect(boardCodeAskedAt[0]).toBeGreaterThan(opened.at);
    await fillJoinForm(page, { name: 'Ann', organisation: 'Howest', group: 'Students' });
    await context.close();
  });

  it('ends on the refused page when the server refuses the link, the state fetch included', async () => {
    const s = await createSession(server, 'Revoked');
    const revoked = await fetch(`${server.url}/api/sessions/${s.id}/links/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.tokens.facilitator}` },
    });
    expect(revoked.status).toBe(200);
    const { page, responses } = await open(s.links.participant);
    await page.getByRole('heading', { name: 'This link does not give access' }).waitFor({ timeout: 15_000 });
    const documents = responses.filter((r) => r.path.includes('/documents/'));
    expect(documents.map((r) => r.status)).toEqual([401, 401, 401]);
    await page.context().close();
  });
});
