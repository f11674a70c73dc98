// Two participants and an observer on one session: live changes, per-user undo, read-only observers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as Y from 'yjs';
import type { CreateSessionResponse, Item } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { docState } from '../helpers/docState.js';
import { connectDoc } from '../helpers/yclient.js';
import { boardItems, boardPointAt, canvas, itemCentre, snapshot, toScreen, waitForItem, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';
import { addNote, drag, focusBoard } from './helpers/draw.js';
import { drawsColourNear } from './helpers/pixels.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let ann: OpenedPage;
let bob: OpenedPage;
let observer: OpenedPage;
let stored: ServerView;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Collaboration e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  [ann, bob, observer] = await Promise.all([
    joinAs(browser, session.links.participant, { name: 'Ann Peeters', organisation: 'Howest', group: 'Students' }),
    joinAs(browser, session.links.participant, { name: 'Bob Maes', organisation: 'Acme', group: 'Company' }),
    openLink(browser, session.links.observer),
  ]);
  await waitConnected(observer.page);
});

afterAll(async () => {
  for (const o of [ann, bob, observer]) expect(o?.errors ?? []).toEqual([]);
  await browser?.close();
});

describe('two participants and an observer', () => {
  it('see one participant add, type, move and recolour a note live', async () => {
    const note = await addNote(ann.page, await boardPointAt(ann.page, 0.6, 0.3), 'Shared goal');

    await waitForItem(bob.page, note.id, (i) => i.type === 'note' && i.text === 'Shared goal', "the note's text at Bob's");
    await waitForItem(observer.page, note.id, (i) => i.type === 'note' && i.text === 'Shared goal', "the note's text at the observer's");

    const { viewport } = await snapshot(ann.page);
    const from = await itemCentre(ann.page, note);
    await drag(ann.page, from, { x: from.x + 120, y: from.y + 60 });
    const dx = 120 / viewport.scale;
    const dy = 60 / viewport.scale;
    const near = (a: number, b: number) => Math.abs(a - b) < 2;
    await waitForItem(bob.page, note.id, (i) => near(i.x, note.x + dx) && near(i.y, note.y + dy), "the moved note at Bob's");
    await waitForItem(observer.page, note.id, (i) => near(i.x, note.x + dx), "the moved note at the observer's");

    // The dragged note stays selected: the colour picker applies to it.
    await ann.page.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'Blue' }).click();
    await waitForItem(bob.page, note.id, (i) => i.type === 'note' && i.color === 'blue', "the blue note at Bob's");
    const onServer = await stored.until(
      (items) => items.some((i) => i.id === note.id && i.type === 'note' && i.color === 'blue'),
      'the blue note on the server',
    );
    expect(onServer.find((i) => i.id === note.id)).toMatchObject({ text: 'Shared goal', color: 'blue' });

    // Everyone is listed with organisation and group; Bob sees Ann's cursor over the board.
    const list = bob.page.getByRole('list', { name: 'Participants' });
    await list.getByText('Ann Peeters').waitFor();
    await expect(list.textContent()).resolves.toContain('Howest · Students');
    await ann.page.mouse.move(400, 400);
    const seen = await waitForState(
      bob.page,
      (s) => s.presence.some((p) => p.name === 'Ann Peeters' && p.cursor !== null),
      "Ann's cursor at Bob's",
    );
    // Drawn where Ann points, in her colour: the arrow, and her name tag with its white letters.
    const annAtBob = seen.presence.find((p) => p.name === 'Ann Peeters')!;
    const tip = await toScreen(bob.page, annAtBob.cursor!);
    const { color } = annAtBob;
    await expect.poll(() => drawsColourNear(bob.page, { x: tip.x + 3, y: tip.y + 10 }, color, 1)).toBe(true);
    expect(await drawsColourNear(bob.page, { x: tip.x + 14, y: tip.y + 30 }, color, 1)).toBe(true);
    expect(await drawsColourNear(bob.page, { x: tip.x + 40, y: tip.y + 30 }, '#ffffff', 8)).toBe(true);
    expect(await drawsColourNear(bob.page, { x: tip.x - 20, y: tip.y + 10 }, color, 5)).toBe(false);
  });

  it('undoes only the own change of whoever presses Ctrl+Z', async () => {
    const mine = await addNote(ann.page, await boardPointAt(ann.page, 0.5, 0.7), 'Ann idea');
    const theirs = await addNote(bob.page, await boardPointAt(bob.page, 0.8, 0.7), 'Bob idea');
    await waitForItem(ann.page, theirs.id, () => true, "Bob's note at Ann's");

    // Typing right after adding a note merges with it into one undo step; typed later, it is a second.
    await focusBoard(ann.page);
    await ann.page.keyboard.press('Control+z');
    const untyped = (items: Item[]) => items.find((i) => i.id === mine.id && i.type === 'note' && i.text === '');
    await stored.until((items) => !items.some((i) => i.id === mine.id) || !!untyped(items), "Ann's first undo on the server");
    if (untyped(stored.items())) await ann.page.keyboard.press('Control+z');
    const afterUndo = await stored.until((items) => !items.some((i) => i.id === mine.id), "Ann's note gone from the server");
    expect(afterUndo.find((i) => i.id === theirs.id)).toMatchObject({ text: 'Bob idea' });
    await waitForState(bob.page, (s) => !s.items.some((i) => i.id === mine.id), "Ann's note gone at Bob's");

    await ann.page.keyboard.press('Control+Shift+z');
    await stored.until((items) => items.some((i) => i.id === mine.id), "Ann's note back on the server");
    await ann.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await stored.until((items) => !items.some((i) => i.id === mine.id), 'the Undo button to remove it again');
    expect(stored.items().find((i) => i.id === theirs.id)).toMatchObject({ text: 'Bob idea' });
  });

  it('gives the observer no editing tools, and its attempts change nothing on the server', async () => {
    const page = observer.page;
    const tools = page.getByRole('toolbar', { name: 'Tools' });
    await expect(tools.getByRole('button', { name: 'Select' }).count()).resolves.toBe(1);
    for (const name of ['Note', 'Text', 'Shape', 'Connector', 'Frame', 'Pen', 'Image', 'Undo', 'Redo']) {
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(0);
    }

    const target = (await boardItems(page)).find((i) => i.type === 'note' && i.text === 'Shared goal')!;
    const before = docState(stored.client.doc);
    const centre = await itemCentre(page, target);
    await page.mouse.click(centre.x, centre.y);
    await drag(page, centre, { x: centre.x + 150, y: centre.y + 90 });
    await page.mouse.dblclick(centre.x, centre.y);
    await page.keyboard.type('n');
    await page.mouse.click(centre.x - 200, centre.y);
    for (const key of ['Delete', 'Control+d', 'Control+a', 'Backspace']) await page.keyboard.press(key);
    await expect(page.getByRole('textbox', { name: 'Note text' }).count()).resolves.toBe(0);

    // A change of Ann's after the observer's attempts proves the server has handled them.
    const marker = await addNote(ann.page, await boardPointAt(ann.page, 0.8, 0.2), 'marker');
    await stored.until((items) => items.some((i) => i.id === marker.id && i.type === 'note' && i.text === 'marker'), 'the marker note');
    const withoutMarker = JSON.parse(docState(stored.client.doc)) as { items: Record<string, unknown> };
    delete withoutMarker.items[marker.id];
    expect(withoutMarker).toEqual(JSON.parse(before));
    const seen = await waitForItem(page, marker.id, () => true, 'the marker at the observer');
    expect(seen.id).toBe(marker.id);
    expect((await snapshot(page)).items.find((i) => i.id === target.id)).toMatchObject({ x: target.x, y: target.y });
    await expect(canvas(page).isVisible()).resolves.toBe(true);
  });
});

describe('the observer on a projector', () => {
  it('opens straight onto the board, without a join form', async () => {
    await expect(observer.page.getByRole('dialog').count()).resolves.toBe(0);
    expect((await snapshot(observer.page)).connection).toBe('connected');
  });
});

describe('another client of the documented schema', () => {
  it('writes a note with only the contract fields, and every browser shows it', async () => {
    const { boardId } = await snapshot(bob.page);
    const script = connectDoc(server, session.id, session.tokens.participant);
    await script.synced;
    const note = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ type: 'note', boardId, x: 40, y: -400, width: 200, height: 200, color: '#ffeb3b' }))
      note.set(k, v);
    note.set('text', new Y.Text('Written by a script'));
    script.doc.getMap('items').set('script-note', note);
    for (const page of [ann.page, bob.page, observer.page]) {
      await waitForItem(
        page,
        'script-note',
        (i) => i.type === 'note' && i.text === 'Written by a script' && i.color === '#ffeb3b',
        'the script note',
      );
    }
    script.destroy();
  });
});
