// The habits of Miro and FigJam: wheel, Ctrl + wheel, Space + drag, tool keys, Escape, zoom buttons,
// clipboard, delete, connectors, frames, the pen and images.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectorEnds, type CreateSessionResponse, type Item } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardItems, boardPointAt, canvas, itemCentre, snapshot, toScreen, waitForItem, waitForState } from './helpers/app.js';
import { fillJoinForm, joinAs, launchBrowser, type OpenedPage } from './helpers/browser.js';
import { addNote, chooseTool, drag, focusBoard, showEmptyArea } from './helpers/draw.js';
import { gradientPng } from './helpers/png.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let ann: OpenedPage;
let stored: ServerView;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Habits e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  ann = await joinAs(browser, session.links.participant, { name: 'Ann', organisation: 'Howest', group: 'Lecturers' });
});

afterAll(async () => {
  expect(ann?.errors ?? []).toEqual([]);
  await browser?.close();
});

const close = (a: number, b: number, tolerance = 0.5) => Math.abs(a - b) <= tolerance;

describe('navigation', () => {
  it('pans with the wheel, zooms around the pointer with Ctrl + wheel, pans with Space + drag', async () => {
    const page = ann.page;
    const box = (await canvas(page).boundingBox())!;
    const pointer = { x: box.x + 500, y: box.y + 300 };
    await page.mouse.move(pointer.x, pointer.y);
    const v0 = (await snapshot(page)).viewport;

    await page.mouse.wheel(0, 120);
    const v1 = (await waitForState(page, (s) => s.viewport.y !== v0.y, 'a wheel pan')).viewport;
    expect(v1).toEqual({ x: v0.x, y: v0.y - 120, scale: v0.scale });
    await page.mouse.wheel(80, 0);
    const v2 = (await waitForState(page, (s) => s.viewport.x !== v1.x, 'a sideways wheel pan')).viewport;
    expect(v2).toEqual({ x: v1.x - 80, y: v1.y, scale: v1.scale });

    // The board point under the pointer stays under it while zooming in.
    const under = { x: (500 - v2.x) / v2.scale, y: (300 - v2.y) / v2.scale };
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    const v3 = (await waitForState(page, (s) => s.viewport.scale !== v2.scale, 'a Ctrl + wheel zoom')).viewport;
    expect(v3.scale).toBeGreaterThan(v2.scale * 1.2);
    expect(close(under.x * v3.scale + v3.x, 500) && close(under.y * v3.scale + v3.y, 300)).toBe(true);

    // Space + drag pans and moves nothing, even when the drag starts on an item.
    const itemsBefore = await boardItems(page);
    await focusBoard(page);
    await page.keyboard.down('Space');
    await drag(page, pointer, { x: pointer.x + 100, y: pointer.y + 50 });
    await page.keyboard.up('Space');
    const v4 = (await waitForState(page, (s) => s.viewport.x !== v3.x, 'a Space + drag pan')).viewport;
    expect(close(v4.x, v3.x + 100, 1) && close(v4.y, v3.y + 50, 1) && v4.scale === v3.scale).toBe(true);
    expect(await boardItems(page)).toEqual(itemsBefore);
  });

  it('switches tools with their keys, leaves modes with Escape, and zooms with the buttons', async () => {
    const page = ann.page;
    await focusBoard(page);
    const keys: [string, string, string][] = [
      ['n', 'Note', 'note'],
      ['t', 'Text', 'text'],
      ['s', 'Shape', 'shape'],
      ['c', 'Connector', 'connector'],
      ['f', 'Frame', 'frame'],
      ['p', 'Pen', 'pen'],
      ['h', 'Hand', 'hand'],
      ['v', 'Select', 'select'],
    ];
    for (const [key, name, tool] of keys) {
      await page.keyboard.press(key);
      await expect(page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
      expect((await snapshot(page)).tool).toBe(tool);
    }
    await page.keyboard.press('p');
    await page.keyboard.press('Escape');
    expect((await snapshot(page)).tool).toBe('select');

    // Escape leaves text editing first, then the selection.
    const note = await addNote(page, await boardPointAt(page, 0.6, 0.4), '');
    const centre = await itemCentre(page, note);
    await page.mouse.dblclick(centre.x, centre.y);
    await page.getByRole('textbox', { name: 'Note text' }).waitFor();
    await page.keyboard.press('Escape');
    let s = await waitForState(page, (st) => st.editingId === null, 'editing to end');
    expect(s.selectedIds).toEqual([note.id]);
    await page.keyboard.press('Escape');
    s = await waitForState(page, (st) => st.selectedIds.length === 0, 'the selection to clear');

    // Ctrl+A selects everything on the board that a participant may change (not the template's locked frames).
    await page.keyboard.press('Control+a');
    s = await snapshot(page);
    const locked = new Set(
      await page.evaluate(() => [
        ...(window as unknown as { __cocreate: { store: { getState(): { locks: { items: Set<string> } } } } }).__cocreate.store.getState()
          .locks.items,
      ]),
    );
    expect(locked.size).toBeGreaterThan(0);
    expect(new Set(s.selectedIds)).toEqual(new Set(s.items.filter((i) => i.boardId === s.boardId && !locked.has(i.id)).map((i) => i.id)));
    await page.keyboard.press('Escape');

    const v0 = s.viewport;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const v1 = (await snapshot(page)).viewport;
    expect(v1.scale).toBeCloseTo(v0.scale * 1.25);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect((await snapshot(page)).viewport.scale).toBeCloseTo(v0.scale / 1.25);
    // The zoom level shown follows a zoom in progress at most twice a second, and ends on the view's.
    const zoomShown = () => page.locator('.zoom-level').textContent();
    await expect.poll(zoomShown).toBe(`${Math.round((v0.scale / 1.25) * 100)} %`);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    const fitted = await snapshot(page);
    await expect.poll(zoomShown).toBe(`${Math.round(fitted.viewport.scale * 100)} %`);
    const box = (await canvas(page).boundingBox())!;
    for (const item of fitted.items.filter((i) => i.boardId === fitted.boardId && i.type !== 'frame')) {
      const a = await toScreen(page, item);
      const b = await toScreen(page, { x: item.x + item.width, y: item.y + item.height });
      expect(a.x >= box.x - 1 && a.y >= box.y - 1 && b.x <= box.x + box.width + 1 && b.y <= box.y + box.height + 1, item.id).toBe(true);
    }
  });
});

describe('editing', () => {
  it('copies, pastes, duplicates and deletes, also into another tab, and pastes text as a note', async () => {
    const page = ann.page;
    const count = (items: Item[]) => items.filter((i) => i.type === 'note' && i.text === 'copy me').length;
    await addNote(page, await boardPointAt(page, 0.6, 0.3), 'copy me');
    await focusBoard(page);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await stored.until((items) => count(items) === 2, 'the pasted note on the server');
    await page.keyboard.press('Control+d');
    const three = await stored.until((items) => count(items) === 3, 'the duplicate on the server');
    const [duplicate] = (await snapshot(page)).selectedIds;
    expect(three.find((i) => i.id === duplicate)).toMatchObject({ type: 'note', text: 'copy me' });

    await page.keyboard.press('Delete');
    await stored.until((items) => count(items) === 2 && !items.some((i) => i.id === duplicate), 'the deletion on the server');

    // Another tab of the same browser pastes what this one copied.
    const tab = await ann.context.newPage();
    await tab.goto(session.links.participant);
    await fillJoinForm(tab, { name: 'Ann', organisation: 'Howest', group: 'Lecturers' });
    await focusBoard(tab);
    await tab.keyboard.press('Control+v');
    await stored.until((items) => count(items) === 3, 'the note pasted in the other tab');

    // Text from elsewhere becomes a note.
    await tab.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'An idea from an e-mail');
      document.querySelector('[role="application"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await stored.until((items) => items.some((i) => i.type === 'note' && i.text === 'An idea from an e-mail'), 'the text pasted as a note');
    await tab.close();
  });

  it('keeps a connector attached to a moved note', async () => {
    const page = ann.page;
    const o = await showEmptyArea(page);
    const n1 = await addNote(page, { x: o.x + 100, y: o.y + 100 }, 'from');
    const n2 = await addNote(page, { x: o.x + 450, y: o.y + 100 }, 'to');
    await chooseTool(page, 'Connector');
    await drag(page, await itemCentre(page, n1), await itemCentre(page, n2));
    const withConnector = await stored.until(
      (items) => items.some((i) => i.type === 'connector' && i.fromId === n1.id && i.toId === n2.id),
      'the connector',
    );
    const connector = withConnector.find((i) => i.type === 'connector' && i.toId === n2.id)!;

    const from = await itemCentre(page, n2);
    await drag(page, from, { x: from.x, y: from.y + 250 });
    const after = await stored.until((items) => items.some((i) => i.id === n2.id && i.y === n2.y + 250), 'the moved note');
    const line = after.find((i) => i.id === connector.id)!;
    const moved = after.find((i) => i.id === n2.id)!;
    expect(line).toMatchObject({ fromId: n1.id, toId: n2.id });
    const [, end] = connectorEnds((line as { points: [number, number, number, number] }).points, n1, moved);
    // The end sits on the moved note's outline.
    expect(end.x >= moved.x - 1 && end.x <= moved.x + moved.width + 1 && end.y >= moved.y - 1 && end.y <= moved.y + moved.height + 1).toBe(
      true,
    );
    const onEdge = [end.x - moved.x, moved.x + moved.width - end.x, end.y - moved.y, moved.y + moved.height - end.y].some(
      (d) => Math.abs(d) < 1,
    );
    expect(onEdge).toBe(true);
  });

  it('moves a frame with its contents, and draws with the pen', async () => {
    const page = ann.page;
    const o = await showEmptyArea(page);
    await chooseTool(page, 'Frame');
    await drag(page, await toScreen(page, { x: o.x + 20, y: o.y + 60 }), await toScreen(page, { x: o.x + 520, y: o.y + 420 }));
    const frame = (await stored.until((items) => items.some((i) => i.type === 'frame' && i.x === Math.round(o.x + 20)), 'the frame')).find(
      (i) => i.type === 'frame' && i.x === Math.round(o.x + 20),
    )!;
    const inside = await addNote(page, { x: o.x + 250, y: o.y + 250 }, 'inside');

    // Frames are picked up by their title band, above the top edge.
    const title = await toScreen(page, { x: frame.x + 60, y: frame.y - 20 });
    await drag(page, title, { x: title.x + 40, y: title.y + 120 });
    const moved = await stored.until((items) => items.some((i) => i.id === frame.id && i.y === frame.y + 120), 'the moved frame');
    expect(moved.find((i) => i.id === inside.id)).toMatchObject({ x: inside.x + 40, y: inside.y + 120 });

    await chooseTool(page, 'Pen');
    const start = await toScreen(page, { x: o.x + 60, y: o.y + 600 });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + i * 25, start.y + Math.sin(i / 2) * 40);
    await page.mouse.up();
    const strokes = await stored.until((items) => items.some((i) => i.type === 'stroke'), 'the pen stroke');
    const stroke = strokes.find((i) => i.type === 'stroke') as Extract<Item, { type: 'stroke' }>;
    expect(stroke.points.length).toBeGreaterThanOrEqual(8);
    expect(stroke.width).toBeGreaterThan(250);
    expect(stroke).toMatchObject({ stroke: '#1e1e1e', strokeWidth: 4 });

    // Ink colour and width apply to the next stroke, and to selected strokes.
    const options = (name: string) => page.getByRole('radiogroup', { name });
    await options('Ink colour').getByRole('radio', { name: 'Red' }).click();
    await options('Line width').getByRole('radio', { name: 'Thick' }).click();
    const second = { x: start.x + 20, y: start.y - 120 }; // still on screen, above the first stroke
    await drag(page, second, { x: second.x + 200, y: second.y + 30 });
    const red = (await stored.until((items) => items.some((i) => i.type === 'stroke' && i.stroke === '#e03131'), 'the red stroke')).find(
      (i) => i.type === 'stroke' && i.stroke === '#e03131',
    )!;
    expect(red).toMatchObject({ strokeWidth: 8 });
    await focusBoard(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+a');
    await options('Ink colour').getByRole('radio', { name: 'Blue' }).click();
    await stored.until(
      (items) => items.some((i) => i.id === red.id && i.type === 'stroke' && i.stroke === '#1971c2'),
      'the stroke turned blue',
    );
  });

  it('uploads an image that another participant sees', async () => {
    const bob = await joinAs(browser, session.links.participant, { name: 'Bob', organisation: 'Acme', group: 'Company' });
    const page = ann.page;
    const chooser = page.waitForEvent('filechooser');
    await chooseTool(page, 'Image');
    await (await chooser).setFiles({ name: 'persona.png', mimeType: 'image/png', buffer: gradientPng(320, 200) });
    const items = await stored.until((all) => all.some((i) => i.type === 'image'), 'the image item on the server');
    const image = items.find((i) => i.type === 'image') as Extract<Item, { type: 'image' }>;
    expect(image).toMatchObject({ mime: 'image/png', alt: 'persona.png' });
    expect(image.width / image.height).toBeCloseTo(320 / 200, 1);

    await waitForItem(bob.page, image.id, (i) => i.type === 'image', 'the image at Bob');
    // Bob's browser can fetch the stored asset, as its canvas does.
    const fetched = await bob.page.evaluate(async (assetId) => {
      const live = (window as unknown as { __cocreate: { live(): { sessionId: string; token: string } } }).__cocreate.live();
      const res = await fetch(`/api/sessions/${live.sessionId}/assets/${assetId}?token=${encodeURIComponent(live.token)}`);
      return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
    }, image.assetId);
    expect(fetched).toMatchObject({ status: 200, type: 'image/png' });
    expect(bob.errors).toEqual([]);
    await bob.context.close();
  });

  it('places pasted and dropped image files, and refuses an SVG with a visible message', async () => {
    const page = ann.page;
    const countImages = (all: Item[]) => all.filter((i) => i.type === 'image').length;
    const before = countImages(await stored.until(() => true, 'the stored items'));
    const png = [...gradientPng(64, 48)];
    await focusBoard(page);
    await page.evaluate((bytes) => {
      const board = document.querySelector('[role="application"]')!;
      const file = (name: string) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
      const pasted = new DataTransfer();
      pasted.items.add(file('pasted.png'));
      board.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true }));
      const dropped = new DataTransfer();
      dropped.items.add(file('dropped.png'));
      const at = board.getBoundingClientRect();
      board.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true, clientX: at.x + 300, clientY: at.y + 300 }),
      );
    }, png);
    const items = await stored.until((all) => countImages(all) === before + 2, 'the pasted and the dropped image');
    expect(items.filter((i) => i.type === 'image').map((i) => (i as Extract<Item, { type: 'image' }>).alt)).toEqual(
      expect.arrayContaining(['pasted.png', 'dropped.png']),
    );

    await page.evaluate(() => {
      const svg = new DataTransfer();
      svg.items.add(
        new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'evil.svg', { type: 'image/svg+xml' }),
      );
      document.querySelector('[role="application"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: svg, bubbles: true }));
    });
    await page.getByText('evil.svg cannot be placed', { exact: false }).waitFor();
    expect(countImages(await stored.until(() => true, 'the stored items'))).toBe(before + 2);
  });
});

describe('undo', () => {
  it('undoes a drag that rested mid-way as one step, apart from creating the note', async () => {
    const page = ann.page;
    const note = await addNote(page, await boardPointAt(page, 0.45, 0.7), 'Rests mid-drag');
    const from = await itemCentre(page, note);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y, { steps: 4 });
    await page.waitForTimeout(900); // longer than the undo manager's capture timeout
    await page.mouse.move(from.x + 120, from.y + 40, { steps: 4 });
    await page.mouse.up();
    await waitForItem(page, note.id, (i) => i.x > note.x + 50, 'the dragged note');

    await focusBoard(page);
    await page.keyboard.press('Control+z');
    const back = await waitForItem(page, note.id, (i) => close(i.x, note.x) && close(i.y, note.y), 'the note back where it was');
    expect(back).toMatchObject({ text: 'Rests mid-drag' });
  });
});

describe('z-order', () => {
  it('brings the selection to the front with Page Up and sends it back with Ctrl+Shift+[', async () => {
    const page = ann.page;
    const at = await boardPointAt(page, 0.3, 0.75);
    const under = await addNote(page, at, 'Under');
    const over = await addNote(page, { x: at.x + 60, y: at.y + 60 }, 'Over');
    expect(over.index > under.index).toBe(true);

    await chooseTool(page, 'Select');
    const corner = await toScreen(page, { x: under.x + 20, y: under.y + 20 }); // not covered by the other note
    await page.mouse.click(corner.x, corner.y);
    await waitForState(page, (s) => s.selectedIds.length === 1 && s.selectedIds[0] === under.id, 'the lower note selected');
    await page.keyboard.press('PageUp');
    await waitForState(page, (s) => s.items.find((i) => i.id === under.id)!.index > over.index, 'the note in front');
    await page.keyboard.press('Control+Shift+BracketLeft');
    const s = await waitForState(
      page,
      (st) => st.items.find((i) => i.id === under.id)!.index < st.items.find((i) => i.id === over.id)!.index,
      'the note behind again',
    );
    expect(s.items.find((i) => i.id === under.id)).toMatchObject({ text: 'Under' });
  });
});

describe('a large paste', () => {
  it('reaches the server whole, in updates under the message limit, and undoes as one step', async () => {
    const page = ann.page;
    const { boardId } = await snapshot(page);
    const before = (await stored.until(() => true, 'the stored items')).length;
    const N = 4500;
    // About 2.7 MB of notes: as one Yjs update it would pass the server's 2 MiB message limit.
    await focusBoard(page);
    await page.evaluate(
      ({ boardId, N }) => {
        const items = Array.from({ length: N }, (_, i) => ({
          id: `big${i}`,
          type: 'note',
          boardId,
          x: (i % 60) * 220,
          y: 5000 + Math.floor(i / 60) * 220,
          width: 200,
          height: 200,
          index: 'a0',
          text: `Pasted idea ${i} `.padEnd(500, '.'),
          color: 'green',
        }));
        const data = new DataTransfer();
        data.setData('text/plain', JSON.stringify({ kind: 'cocreate/items', version: 1, items }));
        document.querySelector('[role="application"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      },
      { boardId, N },
    );
    await stored.until((items) => items.length === before + N, `all ${N} pasted notes on the server`, 30_000);
    expect((await snapshot(page)).connection).toBe('connected');

    await page.keyboard.press('Control+z');
    await stored.until((items) => items.length === before, 'the whole paste undone', 30_000);
  });
});
