// The safety net under every rendering shortcut: what is drawn, read back from screenshots. A note's
// fill and text must be on screen where the note is after pans, zooms, culling, batching, remote
// edits, undo and delete, and nothing of it where it no longer is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  NOTE_FILL,
  createItem,
  createItems,
  moveItems,
  setItemText,
  updateItem,
  type CreateSessionResponse,
  type Item,
  type NoteColor,
} from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, type DocClient } from '../helpers/yclient.js';
import { canvas, snapshot, toScreen, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser, type OpenedPage } from './helpers/browser.js';
import { addNote, focusBoard, showEmptyArea } from './helpers/draw.js';
import { darkShare, screenPixels, shareOf, type Rect } from './helpers/screen.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let ann: OpenedPage;
let page: Page;
let writer: DocClient;
let origin: { x: number; y: number };
let boardId: string;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Pixels e2e');
  browser = await launchBrowser();
  ann = await joinAs(browser, session.links.participant, { name: 'Ann' });
  page = ann.page;
  origin = await showEmptyArea(page);
  boardId = (await snapshot(page)).boardId!;
  writer = connectDoc(server, session.id, session.tokens.participant);
  await writer.synced;
});

afterAll(async () => {
  expect(ann?.errors ?? []).toEqual([]);
  writer?.destroy();
  await browser?.close();
});

/** The page rectangle where a board rectangle is drawn, shrunk by `inset` of its size on each side. */
async function onScreen(item: Pick<Item, 'x' | 'y' | 'width' | 'height'>, inset = 0.15): Promise<Rect> {
  const a = await toScreen(page, { x: item.x + item.width * inset, y: item.y + item.height * inset });
  const b = await toScreen(page, { x: item.x + item.width * (1 - inset), y: item.y + item.height * (1 - inset) });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

/** What is drawn in a note's place: the share of its fill colour, and of dark (text) pixels. */
async function drawnAt(item: Pick<Item, 'x' | 'y' | 'width' | 'height'>, color: NoteColor): Promise<{ fill: number; text: number }> {
  const pixels = await screenPixels(page, await onScreen(item));
  return { fill: shareOf(pixels, NOTE_FILL[color]), text: darkShare(pixels) };
}

/** Waits until the note's place shows its fill (most of it) and some text. */
async function expectDrawn(item: Pick<Item, 'x' | 'y' | 'width' | 'height'>, color: NoteColor, what: string): Promise<void> {
  await expect
    .poll(() => drawnAt(item, color), { message: what, timeout: 10_000 })
    .toMatchObject({
      fill: expect.toSatisfy((f: number) => f > 0.5),
      text: expect.toSatisfy((t: number) => t > 0.002),
    });
}

/** Waits until nothing of the note's colour is drawn in that place. */
async function expectGone(item: Pick<Item, 'x' | 'y' | 'width' | 'height'>, color: NoteColor, what: string): Promise<void> {
  await expect.poll(async () => (await drawnAt(item, color)).fill, { message: what, timeout: 10_000 }).toBeLessThan(0.02);
}

async function itemIn(id: string): Promise<Item> {
  const s = await waitForState(page, (st) => st.items.some((i) => i.id === id), `item ${id} in the page`);
  return s.items.find((i) => i.id === id)!;
}

/** Waits until most of the item `id`'s place (as the page has it now) shows the note colour `color`, text or not. */
function expectFill(id: string, color: NoteColor, what: string): Promise<void> {
  return expect.poll(async () => (await drawnAt(await itemIn(id), color)).fill, { message: what, timeout: 10_000 }).toBeGreaterThan(0.8);
}

async function wheel(dx: number, dy: number, ctrl = false): Promise<void> {
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = (await snapshot(page)).viewport;
  if (ctrl) await page.keyboard.down('Control');
  await page.mouse.wheel(dx, dy);
  if (ctrl) await page.keyboard.up('Control');
  await waitForState(
    page,
    (s) => s.viewport.x !== before.x || s.viewport.y !== before.y || s.viewport.scale !== before.scale,
    'the view to change',
  );
}

describe('what the board draws', () => {
  it('draws a remote note with its fill and text where it is, and follows a remote colour change and move', async () => {
    const id = createItem(writer.doc, {
      type: 'note',
      boardId,
      x: origin.x + 40,
      y: origin.y + 40,
      text: 'Pixels\nare what\npeople see',
      color: 'pink',
    });
    const note = await itemIn(id);
    await expectDrawn(note, 'pink', 'the new pink note');

    updateItem(writer.doc, id, { color: 'blue' });
    await expectDrawn(note, 'blue', 'the note turned blue');
    expect((await drawnAt(note, 'pink')).fill).toBeLessThan(0.02);

    moveItems(writer.doc, [id], 260, 0);
    const moved = await waitForState(page, (s) => s.items.some((i) => i.id === id && i.x === note.x + 260), 'the move');
    await expectDrawn(moved.items.find((i) => i.id === id)!, 'blue', 'the note at its new place');
    await expectGone(note, 'blue', 'the note gone from its old place');
  });

  it('moves what is drawn with the view: wheel pan, zoom out and in, a pan far away and back (culling)', async () => {
    const id = createItem(writer.doc, {
      type: 'note',
      boardId,
      x: origin.x + 40,
      y: origin.y + 300,
      text: 'Follow the view',
      color: 'green',
    });
    const note = await itemIn(id);
    await expectDrawn(note, 'green', 'the note before panning');

    await wheel(60, 40);
    await expectDrawn(note, 'green', 'the note after a wheel pan');
    await wheel(0, 200, true);
    await expectDrawn(note, 'green', 'the note zoomed out');
    await wheel(0, -200, true);
    await expectDrawn(note, 'green', 'the note zoomed in again');

    const before = (await snapshot(page)).viewport;
    const place = await onScreen(note, 0);
    await wheel(0, 6000);
    await expect
      .poll(async () => shareOf(await screenPixels(page, place), NOTE_FILL.green), { message: 'nothing where the note was' })
      .toBeLessThan(0.02);
    await wheel(0, -6000);
    await waitForState(page, (s) => Math.abs(s.viewport.y - before.y) < 1, 'the pan back');
    await expectDrawn(note, 'green', 'the note drawn again after it was culled');
  });

  it('draws each visible note of 2,000, batched, with its own colour', async () => {
    const colors: NoteColor[] = ['yellow', 'orange', 'purple', 'teal'];
    const start = { x: origin.x + 2000, y: origin.y };
    const ids = createItems(
      writer.doc,
      Array.from({ length: 2000 }, (_, i) => ({
        type: 'note' as const,
        boardId,
        x: start.x + (i % 50) * 220,
        y: start.y + Math.floor(i / 50) * 220,
        text: `Idea ${i}`,
        color: colors[i % colors.length]!,
      })),
    );
    await waitForState(page, (s) => s.items.filter((i) => ids.includes(i.id)).length === ids.length, 'all 2,000 notes');
    await focusBoard(page);
    const box = (await canvas(page).boundingBox())!;
    const { viewport } = await snapshot(page);
    // Bring the grid's first notes to the top-left of the canvas at 100 %.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(start.x * viewport.scale + viewport.x - 260, start.y * viewport.scale + viewport.y - 80);
    await waitForState(page, (s) => Math.abs(start.x * s.viewport.scale + s.viewport.x - 260) < 1, 'the pan to the grid');
    for (const i of [0, 1, 2, 50, 51, 52]) {
      const item = await itemIn(ids[i]!);
      await expectDrawn(item, colors[i % colors.length]!, `note ${i} of the grid`);
    }
  });

  it('zoomed out below 25 %, draws pen strokes batched with the notes, in drawing order and their colour', async () => {
    const free = await showEmptyArea(page);
    const at = { x: free.x + 200, y: free.y + 200 };
    const [noteId] = createItems(writer.doc, [
      { type: 'note', boardId, x: at.x, y: at.y, width: 400, height: 400, color: 'green', text: 'Under the pen' },
      // A thick horizontal stroke across the note, written after it: drawn on top.
      { type: 'stroke', boardId, x: at.x - 400, y: at.y + 200, points: [0, 0, 1200, 0], stroke: '#e03131', strokeWidth: 100 },
    ]);
    const note = await itemIn(noteId!);
    await focusBoard(page);
    const centre = await toScreen(page, { x: at.x + 200, y: at.y + 200 });
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 20 && (await snapshot(page)).viewport.scale >= 0.2; i++) await wheel(0, 300, true);
    expect((await snapshot(page)).viewport.scale).toBeLessThan(0.25);
    // The stroke's band over the note, and the note above and below it.
    const band = async (y0: number, y1: number) => {
      const a = await toScreen(page, { x: at.x + 80, y: at.y + y0 });
      const b = await toScreen(page, { x: at.x + 320, y: at.y + y1 });
      return screenPixels(page, { x: a.x, y: a.y, width: Math.max(1, b.x - a.x), height: Math.max(1, b.y - a.y) });
    };
    await expect.poll(async () => shareOf(await band(180, 220), '#e03131'), { message: 'the stroke over the note' }).toBeGreaterThan(0.5);
    expect(shareOf(await band(20, 100), NOTE_FILL.green)).toBeGreaterThan(0.5);
    expect(shareOf(await band(300, 380), NOTE_FILL.green)).toBeGreaterThan(0.5);
    expect(note.type).toBe('note');
  });

  it('zoomed out, keeps notes where they are while the view pans (drawn through a bitmap), and follows remote changes', async () => {
    const free = await showEmptyArea(page);
    const [a, b] = createItems(writer.doc, [
      { type: 'note', boardId, x: free.x + 200, y: free.y + 200, width: 400, height: 400, color: 'teal', text: 'Kept' },
      { type: 'note', boardId, x: free.x + 800, y: free.y + 200, width: 400, height: 400, color: 'orange', text: 'Changed' },
    ]);
    await itemIn(b!);
    await focusBoard(page);
    const centre = await toScreen(page, { x: free.x + 700, y: free.y + 400 });
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 20 && (await snapshot(page)).viewport.scale >= 0.2; i++) await wheel(0, 300, true);
    expect((await snapshot(page)).viewport.scale).toBeLessThan(0.25);
    // Steps of a pan in every direction: the notes stay where the view puts them.
    for (const [dx, dy] of [
      [37, 11],
      [-3, 29],
      [1, 1],
      [-61, -17],
    ] as const) {
      await wheel(dx, dy);
      await expectFill(a!, 'teal', `the teal note after a pan of ${dx}, ${dy}`);
      await expectFill(b!, 'orange', `the orange note after a pan of ${dx}, ${dy}`);
    }
    // A new text draws nothing new this small; a new colour and a move do.
    setItemText(writer.doc, b!, 'Changed again');
    updateItem(writer.doc, b!, { color: 'purple' });
    await expectFill(b!, 'purple', 'the note turned purple');
    const before = await itemIn(b!);
    moveItems(writer.doc, [b!], 0, 600);
    await waitForState(page, (s) => s.items.some((i) => i.id === b && i.y === before.y + 600), 'the move');
    await expectFill(b!, 'purple', 'the note at its new place');
    await expect.poll(async () => (await drawnAt(before, 'purple')).fill, { message: 'nothing left at its old place' }).toBeLessThan(0.02);
    await wheel(23, -9);
    await expectFill(a!, 'teal', 'the teal note after the last pan');
    await expectFill(b!, 'purple', 'the purple note after the last pan');
  });

  it('on a device too slow to zoom in time, stretches the last drawing during a zoom and draws afresh once it rests', async () => {
    const free = await showEmptyArea(page);
    const notes = Array.from({ length: 1200 }, (_, i) => ({
      type: 'note' as const,
      boardId,
      x: free.x + (i % 40) * 220,
      y: free.y + Math.floor(i / 40) * 220,
      text: `Idea ${i}\nwith a second line`,
      color: (i === 0 ? 'purple' : 'yellow') as NoteColor,
    }));
    const ids = createItems(writer.doc, notes);
    await waitForState(page, (s) => s.items.some((i) => i.id === ids.at(-1)), 'the 1,200 notes');
    await focusBoard(page);
    const first = await itemIn(ids[0]!);
    const centre = await toScreen(page, { x: first.x + 100, y: first.y + 100 });
    await page.mouse.move(centre.x, centre.y);
    // Every transform the stage's content gets, as it happens.
    await page.evaluate(() => {
      const content = document.querySelector('.konvajs-content') as HTMLElement;
      const seen: string[] = [];
      (window as unknown as { __stretches: string[] }).__stretches = seen;
      new MutationObserver(() => {
        if (content.style.transform) seen.push(content.style.transform);
      }).observe(content, { attributes: true, attributeFilter: ['style'] });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    try {
      await page.keyboard.down('Control');
      for (let i = 0; i < 16; i++) {
        await page.mouse.wheel(0, i < 10 ? 60 : -60);
        await page.waitForTimeout(30);
      }
      await page.keyboard.up('Control');
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    const stretches = await page.evaluate(() => (window as unknown as { __stretches: string[] }).__stretches);
    expect(stretches.length, 'zoom steps shown stretched').toBeGreaterThan(0);
    // Once the zoom rests: drawn afresh, at the view reached, with nothing stretched.
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('.konvajs-content') as HTMLElement).style.transform), { timeout: 10_000 })
      .toBe('');
    await expectFill(ids[0]!, 'purple', 'the purple note once the zoom rests');
    await expectFill(ids[1]!, 'yellow', 'its neighbour once the zoom rests');
  });

  it('undo takes a note off the screen, redo brings it back, Delete removes it', async () => {
    const free = await showEmptyArea(page);
    const note = await addNote(page, { x: free.x + 150, y: free.y + 150 }, 'Undo me');
    const color = (note.type === 'note' ? note.color : 'yellow') as NoteColor;
    await expectDrawn(note, color, 'the note just written');
    await focusBoard(page);
    for (let i = 0; i < 3 && (await snapshot(page)).items.some((it) => it.id === note.id); i++) await page.keyboard.press('Control+z');
    await waitForState(page, (s) => !s.items.some((i) => i.id === note.id), 'the note undone');
    await expectGone(note, color, 'nothing drawn after undo');
    for (
      let i = 0;
      i < 3 && !(await snapshot(page)).items.some((it) => it.id === note.id && it.type === 'note' && it.text === 'Undo me');
      i++
    ) {
      await page.keyboard.press('Control+Shift+z');
    }
    await expectDrawn(note, color, 'the note redone');

    const centre = await toScreen(page, { x: note.x + note.width / 2, y: note.y + note.height / 2 });
    await page.mouse.click(centre.x, centre.y);
    await waitForState(page, (s) => s.selectedIds.includes(note.id), 'the note selected');
    await page.keyboard.press('Delete');
    await expectGone(note, color, 'nothing drawn after Delete');
  });
});
