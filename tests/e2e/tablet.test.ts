// A participant on a school tablet (1024 × 768, touch) and on a phone (390 × 844): the board gets
// the screen, the top bar keeps the title, the outcomes and the language, the board opens at readable text on its frames, shows a note's whole text, and a note can be
// added and moved; a zoom right after joining stays; Fit to screen keeps clear of the tool bar.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { REPO_ROOT, createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardItems, boardPointAt, canvas, itemCentre, snapshot, waitForItem, waitForState } from './helpers/app.js';
import { PHONE, TABLET, joinAs, launchBrowser, type Device, type OpenedPage } from './helpers/browser.js';
import { drag } from './helpers/draw.js';
import { drawnTexts, words } from './helpers/drawnText.js';
import { populateFirstBoard } from './helpers/populate.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
const opened: OpenedPage[] = [];

// A note of the board's first frame, where the opening view starts.
const LONG_NOTE = 'Howest: students and lecturers';
const ARTIFACTS = path.join(REPO_ROOT, 'tests/artifacts');

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Tablet e2e');
  await populateFirstBoard(server, session);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const o of opened) expect(o.errors).toEqual([]);
  await browser?.close();
});

/** The rectangle on screen that the board's items cover. */
async function itemsOnScreen(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const items = await boardItems(page);
  const box = (await canvas(page).boundingBox())!;
  const { viewport: vp } = await snapshot(page);
  const xs = items.flatMap((i) => [i.x, i.x + i.width]);
  const ys = items.flatMap((i) => [i.y, i.y + i.height]);
  return {
    left: box.x + Math.min(...xs) * vp.scale + vp.x,
    right: box.x + Math.max(...xs) * vp.scale + vp.x,
    top: box.y + Math.min(...ys) * vp.scale + vp.y,
    bottom: box.y + Math.max(...ys) * vp.scale + vp.y,
  };
}

describe.each([
  ['a tablet', TABLET],
  ['a phone', PHONE],
] as [string, Device][])('a participant on %s', (_name, device) => {
  let page: Page;

  beforeAll(async () => {
    const o = await joinAs(
      browser,
      session.links.participant,
      { name: `Tess ${device.viewport.width}`, organisation: 'Howest', group: 'Students' },
      device,
    );
    opened.push(o);
    page = o.page;
    await waitForState(page, (s) => s.items.some((i) => i.type === 'note'), 'the notes of the first board');
  });

  it('gives the board at least 80 % of the screen width, and fingers 44 px targets', async () => {
    const box = (await canvas(page).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(0.8 * device.viewport.width);
    const small = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('.toolbar button, .zoom-controls button, .fold-button, .guide-toggle'))
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.width < 44 || r.height < 44)).length,
    );
    expect(small).toBe(0);
  });

  it('keeps the session title, the outcomes and the language within the top bar', async () => {
    const bar = page.getByRole('banner');
    const widths = await page.evaluate(() => {
      const drawn = Array.from(document.querySelectorAll('header *'))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      return { right: Math.max(...drawn.map((r) => r.right)), window: window.innerWidth, page: document.documentElement.scrollWidth };
    });
    expect(widths.right).toBeLessThanOrEqual(widths.window);
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    expect((await bar.getByRole('heading', { level: 1 }).boundingBox())!.width).toBeGreaterThanOrEqual(96);
    expect(await bar.getByRole('combobox', { name: 'Language' }).isVisible()).toBe(true);
    // The outcome panels' buttons show icons here, under their names.
    await bar.getByRole('button', { name: 'Action plan' }).tap();
    const panel = page.getByRole('dialog', { name: 'Action plan' });
    // Its fields take a finger, and their text is big enough that the browser does not zoom in on them.
    const what = panel.getByRole('textbox', { name: 'What' });
    expect((await what.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    expect(await what.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await panel.getByRole('button', { name: 'Close' }).tap();
    await panel.waitFor({ state: 'hidden' });
  });

  it('opens the board at readable note text and shows a whole note', async () => {
    // Wait for the opening view to settle (it is shown once the items have arrived).
    await page.waitForTimeout(300);
    const drawn = await drawnTexts(page, LONG_NOTE);
    expect(drawn).toHaveLength(1);
    const { viewport } = await snapshot(page);
    expect(drawn[0]!.fontSize * viewport.scale).toBeGreaterThanOrEqual(12);
    expect(words(drawn[0]!.lines.join(' '))).toEqual(words(LONG_NOTE));
    // The note is on screen, not only drawn off it.
    const note = (await boardItems(page)).find((i) => i.type === 'note' && i.text === LONG_NOTE)!;
    const centre = await itemCentre(page, note);
    const box = (await canvas(page).boundingBox())!;
    expect(centre.x).toBeGreaterThan(box.x);
    expect(centre.x).toBeLessThan(box.x + box.width);
    await page.screenshot({ path: path.join(ARTIFACTS, `first-view-${device.viewport.width}x${device.viewport.height}.png`) });
  });

  it('adds a note with a tap, types in it, and moves it', async () => {
    await page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Note', exact: true }).tap();
    const at = await boardPointAt(page, 0.55, 0.45);
    const box = (await canvas(page).boundingBox())!;
    const { viewport } = await snapshot(page);
    const before = new Set((await snapshot(page)).items.map((i) => i.id));
    await page.touchscreen.tap(box.x + at.x * viewport.scale + viewport.x, box.y + at.y * viewport.scale + viewport.y);
    const editor = page.getByRole('textbox', { name: 'Note text' });
    await editor.pressSequentially('From a tablet');
    await editor.press('Escape');
    const s = await waitForState(
      page,
      (st) => st.items.some((i) => !before.has(i.id) && i.type === 'note' && i.text === 'From a tablet'),
      'the new note',
    );
    const note = s.items.find((i) => !before.has(i.id) && i.type === 'note')!;
    const from = await itemCentre(page, note);
    await drag(page, from, { x: from.x + 40, y: from.y + 60 });
    const moved = await waitForItem(page, note.id, (i) => Math.abs(i.y - note.y - 60 / s.viewport.scale) < 2, 'the moved note');
    expect(moved.x).toBeCloseTo(note.x + 40 / s.viewport.scale, 0);
    await page.screenshot({ path: path.join(ARTIFACTS, `selected-note-${device.viewport.width}x${device.viewport.height}.png`) });

    // A second tap on the selected note's text edits it.
    const centre = await itemCentre(page, moved);
    await page.mouse.dblclick(centre.x, centre.y);
    await editor.waitFor();
    await editor.press('End');
    await editor.pressSequentially(' and a phone');
    await editor.press('Escape');
    await waitForItem(page, note.id, (i) => i.type === 'note' && i.text === 'From a tablet and a phone', 'the edited note');
  });

  it('opens the guidance panel, which tells what goes in each frame, and folds it away', async () => {
    const guide = page.getByRole('region', { name: 'How this board works' });
    const toggle = guide.getByRole('button', { name: 'How this board works' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.tap();
    const instruction = guide.getByText('One note per partner at the table', { exact: false });
    await instruction.waitFor();
    await expect(guide.getByText('Suggested time', { exact: false }).count()).resolves.toBe(0);
    const box = (await guide.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(device.viewport.width);
    await page.screenshot({ path: path.join(ARTIFACTS, `guide-${device.viewport.width}x${device.viewport.height}.png`) });
    await toggle.tap();
    await instruction.waitFor({ state: 'hidden' });
  });

  it('fits the board to the screen in one click, clear of the tool bar', async () => {
    await page.getByRole('button', { name: 'Fit to screen' }).tap();
    await page.waitForTimeout(100);
    const items = await itemsOnScreen(page);
    const toolbar = (await page.getByRole('toolbar', { name: 'Tools' }).boundingBox())!;
    const clear = items.left >= toolbar.x + toolbar.width || items.top >= toolbar.y + toolbar.height || items.bottom <= toolbar.y;
    expect(clear).toBe(true);
  });
});

describe('the first second after joining', () => {
  it('keeps a zoom made right after joining (no late fit undoes it)', async () => {
    const o = await joinAs(browser, session.links.participant, { name: 'Quick Zoomer', organisation: 'Howest' }, TABLET);
    opened.push(o);
    await o.page.getByRole('button', { name: 'Zoom in' }).tap();
    const zoomed = (await snapshot(o.page)).viewport;
    await o.page.waitForTimeout(3500);
    expect((await snapshot(o.page)).viewport).toEqual(zoomed);
  });
});
