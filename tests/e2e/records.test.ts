// Records in the browser: the facilitator's Export menu downloads the record and the reports; the
// HTML report opens in Chromium with a picture per board whose notes are drawn and legible; a
// record imported on the start page opens as a session with the same boards; a snapshot opens
// read-only from its link; a follow-up session opens from the top bar.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { NOTE_FILL, type CreateSessionResponse, type SessionRecord } from '@cocreate/shared';
import { RICH, richSession } from '../helpers/richSession.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { joinAs, launchBrowser, openLink, type OpenedPage } from './helpers/browser.js';
import { drawnTexts } from './helpers/drawnText.js';
import { screenPixels, shareOf } from './helpers/screen.js';

let server: TestServer;
let browser: Browser;
let session: CreateSessionResponse;
let facilitator: OpenedPage;

/** Chooses an Export menu entry and resolves with the downloaded file's name and text. */
async function exportAs(page: Page, entry: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: entry }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  session = await richSession(server);
  facilitator = await joinAs(browser, session.links.facilitator, { name: 'Fien', organisation: 'School' });
});

afterAll(async () => {
  await browser?.close();
});

describe('records in the browser', () => {
  let record: SessionRecord;

  it('downloads the session record and the reports from the Export menu', async () => {
    const json = await exportAs(facilitator.page, 'Session record (JSON)');
    expect(json.name).toMatch(/^Safe-routes-to-school-.*\.json$/);
    record = JSON.parse(json.text) as SessionRecord;
    expect(record.items.some((i) => i.type === 'note' && i.text === RICH.winner)).toBe(true);
    expect((await exportAs(facilitator.page, 'Report (Markdown)')).text).toContain('## Action plan');
    expect((await exportAs(facilitator.page, 'Items (CSV)')).text.split('\r\n')[0]).toMatch(/^board,type,text,author/);
    expect((await exportAs(facilitator.page, 'Report (HTML)')).name).toMatch(/\.html$/);
  });

  it('opens the HTML report in Chromium with one picture per board, its notes drawn and legible, no script, no request', async () => {
    const html = (await exportAs(facilitator.page, 'Report (HTML)')).text;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.locator('svg.board').count()).toBe(record.boards.length);
    await expect.poll(() => page.getByRole('img', { name: record.boards[0]!.title }).count()).toBe(1);
    const noteText = page.locator('svg.board text', { hasText: 'Bike buddies' }).first();
    await noteText.scrollIntoViewIfNeeded();
    expect(await noteText.isVisible()).toBe(true);
    // The winner note's fill (green) is drawn around its text.
    const box = (await noteText.boundingBox())!;
    const decoder = await context.newPage();
    const pixels = await screenPixels(page, { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 }, decoder);
    expect(shareOf(pixels, NOTE_FILL.green)).toBeGreaterThan(0.3);
    expect(await page.getByRole('img', { name: /Intended values and mean realised rating/ }).count()).toBe(1);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
    await context.close();
  });

  it('imports a record on the start page as a new session with the same boards', async () => {
    const home = await openLink(browser, `${server.url}/`);
    await home.page
      .getByLabel('Session record file')
      .setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });
    await home.page.getByRole('heading', { name: 'Your session is ready' }).waitFor();
    await home.page.getByRole('link', { name: 'Open as facilitator' }).click();
    const dialog = home.page.getByRole('dialog', { name: 'Join session' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Fien');
    await dialog.getByRole('button', { name: 'Join' }).click();
    const list = home.page.getByRole('navigation', { name: 'Boards' });
    for (const board of record.boards) await list.getByText(board.title, { exact: true }).first().waitFor();
    await expect.poll(async () => (await drawnTexts(home.page, RICH.winner)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    // A bad file gets a message in plain words, and no session.
    await home.page.goto(`${server.url}/`);
    await home.page.getByLabel('Session record file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"cocreate.session-record","version":7}'),
    });
    await expect.poll(() => home.page.getByRole('alert').textContent()).toMatch(/version 7 was made by a newer Cocreate/);
    expect(home.errors).toEqual([]);
    await home.context.close();
  });

  it('takes a snapshot that opens read-only from its own link', async () => {
    const page = facilitator.page;
    await page.getByRole('button', { name: 'Snapshots' }).click();
    const dialog = page.getByRole('dialog', { name: 'Snapshots' });
    await dialog.getByRole('textbox', { name: 'Snapshot name' }).fill('After the vote');
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    const open = dialog.getByRole('link', { name: 'Open After the vote' });
    await open.waitFor();
    const link = (await open.getAttribute('href'))!;
    await dialog.getByRole('button', { name: 'Close' }).click();

    const viewer = await openLink(browser, link);
    await viewer.page.getByText(/Snapshot: After the vote, .* \(read only\)/).waitFor();
    // What the snapshot shows: the board as it was (its frames drawn) and the closed round's results.
    await expect.poll(async () => (await drawnTexts(viewer.page, 'Partners')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await viewer.page.getByRole('listitem').filter({ hasText: RICH.winner }).first().waitFor();
    expect(await viewer.page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: /Note/ }).count()).toBe(0);
    // Select-all and Delete change nothing: a snapshot is never written.
    await viewer.page.keyboard.press('Control+a');
    await viewer.page.keyboard.press('Delete');
    await viewer.page.waitForTimeout(500);
    expect(
      await viewer.page.evaluate(
        () =>
          (window as unknown as { __cocreate: { store: { getState(): { items: Map<string, unknown> } } } }).__cocreate.store.getState()
            .items.size,
      ),
    ).toBe(record.items.length);
    await viewer.context.close();
  });

  it('starts a follow-up session that opens with the carried-over data', async () => {
    const [next] = await Promise.all([
      facilitator.context.waitForEvent('page'),
      facilitator.page.getByRole('button', { name: 'Start follow-up session' }).click(),
    ]);
    await next.waitForURL(/\/s\/.*panel=evaluation/);
    await next.getByRole('dialog', { name: 'Join session' }).waitFor();
    expect(await next.title()).toContain(RICH.title);
    expect(facilitator.errors).toEqual([]);
  });
});
