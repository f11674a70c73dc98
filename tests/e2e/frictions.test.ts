// The small frictions of a first workshop: a new frame's title, editors named for what they edit,
// the colour palette clear of frame titles, a page that lets people zoom, named side panels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardItems, canvas, itemCentre, toScreen, waitForState } from './helpers/app.js';
import { TABLET, joinAs, launchBrowser, type OpenedPage } from './helpers/browser.js';
import { chooseTool, drag, showEmptyArea } from './helpers/draw.js';
import { populateFirstBoard } from './helpers/populate.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let ann: OpenedPage;
let tess: OpenedPage;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Frictions e2e');
  await populateFirstBoard(server, session);
  browser = await launchBrowser();
  ann = await joinAs(browser, session.links.participant, { name: 'Ann Peeters', organisation: 'Howest', group: 'Students' });
  tess = await joinAs(browser, session.links.participant, { name: 'Tess Claes', organisation: 'Howest', group: 'Students' }, TABLET);
});

afterAll(async () => {
  for (const o of [ann, tess]) expect(o?.errors ?? []).toEqual([]);
  await browser?.close();
});

/** Screen rectangles of the frame titles the board draws (page pixels). */
async function frameTitleRects(page: Page): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const titles = (await boardItems(page)).flatMap((i) => (i.type === 'frame' ? [i.title] : []));
  const box = (await canvas(page).boundingBox())!;
  const rects = await page.evaluate((want) => {
    type Node = { text(): string; getClientRect(): { x: number; y: number; width: number; height: number } };
    type Hook = { stages(): { find(s: string): Node[] }[] };
    const hook = (window as unknown as { __cocreate: Hook }).__cocreate;
    return hook
      .stages()
      .flatMap((s) => s.find('Text'))
      .filter((n) => want.includes(n.text()))
      .map((n) => n.getClientRect());
  }, titles);
  return rects.map((r) => ({ ...r, x: r.x + box.x, y: r.y + box.y }));
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('frictions', () => {
  it('gives a new frame a title and opens it for typing', async () => {
    const page = ann.page;
    const o = await showEmptyArea(page);
    await chooseTool(page, 'Frame');
    await drag(page, await toScreen(page, { x: o.x + 20, y: o.y + 80 }), await toScreen(page, { x: o.x + 420, y: o.y + 380 }));
    const field = page.getByRole('textbox', { name: 'Frame title' });
    await field.waitFor();
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(field.inputValue()).resolves.toBe('New frame');
    await page.keyboard.type('Parking lot');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.items.some((i) => i.type === 'frame' && i.title === 'Parking lot'), 'the typed frame title');
  });

  it('announces the text and shape editors by their own names', async () => {
    const page = ann.page;
    const o = await showEmptyArea(page);
    await chooseTool(page, 'Text');
    const at = await toScreen(page, { x: o.x + 60, y: o.y + 480 });
    await page.mouse.click(at.x, at.y);
    await page.getByRole('textbox', { name: 'Text', exact: true }).waitFor();
    await page.keyboard.type('A caption');
    await page.keyboard.press('Escape');

    await chooseTool(page, 'Shape');
    const from = await toScreen(page, { x: o.x + 300, y: o.y + 450 });
    await drag(page, from, { x: from.x + 120, y: from.y + 80 });
    const mine = (i: { type: string; x: number }) => i.type === 'shape' && Math.abs(i.x - (o.x + 300)) < 2;
    const shape = (await waitForState(page, (s) => s.items.some(mine), 'the new shape')).items.find(mine)!;
    const centre = await itemCentre(page, shape);
    await page.mouse.dblclick(centre.x, centre.y);
    await page.getByRole('textbox', { name: 'Shape label' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Note text' }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
  });

  it('keeps the colour palette clear of the frame titles while a note is selected (tablet)', async () => {
    const page = tess.page;
    const note = (await boardItems(page)).find((i) => i.type === 'note' && i.text.startsWith('Howest'))!;
    const centre = await itemCentre(page, note);
    await page.mouse.click(centre.x, centre.y);
    const palette = page.getByRole('radiogroup', { name: 'Note colour' });
    await palette.waitFor();
    const box = (await palette.boundingBox())!;
    const titles = await frameTitleRects(page);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(overlaps(box, title)).toBe(false);
  });

  it('lets people zoom the page and names its side panels', async () => {
    const page = ann.page;
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/maximum-scale|user-scalable\s*=\s*no/);
    await page.getByRole('complementary', { name: 'Board overview' }).waitFor();
    await page.getByRole('complementary', { name: 'Who is here' }).waitFor();
  });
});
