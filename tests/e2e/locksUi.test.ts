// Locks in the browser: template frames come locked; the facilitator locks and unlocks a note
// (Lock / Unlock) and a whole board (Lock board in the board's options); participants can neither
// select, move, edit nor delete what is locked, nor add to a locked board, and are told why; the
// facilitator is never blocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse, Item } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardItems, itemCentre, snapshot, toScreen, waitForItem, waitForState } from './helpers/app.js';
import { ANN, BOB, FIEN, joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';
import { addNote, chooseTool, drag, showEmptyArea } from './helpers/draw.js';
import { drawsColourNear } from './helpers/pixels.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

/** The lock badge's fill (client/src/canvas/overlay/ItemBadges.tsx). */
const LOCK_BADGE = '#495057';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let facilitator: OpenedPage;
let ann: OpenedPage;
let bob: OpenedPage;
let observer: OpenedPage;
let stored: ServerView;
let note: Item;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Locks e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  [facilitator, ann, bob, observer] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    joinAs(browser, session.links.participant, BOB),
    openLink(browser, session.links.observer),
  ]);
  await waitConnected(observer.page);
});

afterAll(async () => {
  for (const o of [facilitator, ann, bob, observer]) expect(o?.errors ?? []).toEqual([]);
  stored?.client.destroy();
  await browser?.close();
  await server?.stop();
});

/** The ids this page's store holds as locked (items, boards). */
function locks(page: Page): Promise<{ items: string[]; boards: string[] }> {
  return page.evaluate(() => {
    type Hook = { store: { getState(): { locks: { items: Set<string>; boards: Set<string> } } } };
    const { locks } = (window as unknown as { __cocreate: Hook }).__cocreate.store.getState();
    return { items: [...locks.items], boards: [...locks.boards] };
  });
}

/**
 * The lock badge (a dark disc of 10 screen pixels' radius at the item's top-left corner) keeps its
 * screen size while the view zooms around it, in and out: inside the disc, 7 px left of the
 * corner, it is drawn; 14 px left, it is not.
 */
async function lockBadgeKeepsItsSize(page: Page, item: Item): Promise<void> {
  const corner = () => toScreen(page, { x: item.x, y: item.y });
  const zoom = async (dy: number) => {
    const at = await corner();
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, dy);
    await page.keyboard.up('Control');
  };
  for (const dy of [0, 250, -500]) {
    const scale = (await snapshot(page)).viewport.scale;
    if (dy !== 0) {
      await zoom(dy);
      await waitForState(page, (s) => Math.abs(s.viewport.scale - scale) > 0.2, 'the zoom');
    }
    const at = await corner();
    await expect.poll(() => drawsColourNear(page, { x: at.x - 7, y: at.y }, LOCK_BADGE, 1.5), { timeout: 5000 }).toBe(true);
    expect(await drawsColourNear(page, { x: at.x - 14, y: at.y }, LOCK_BADGE, 1.5)).toBe(false);
  }
}

/** Waits until the page's store holds item `id` as locked (or, with false, as unlocked). */
async function untilLocked(page: Page, id: string, locked: boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await locks(page)).items.includes(id) !== locked) {
    if (Date.now() > deadline) throw new Error(`item ${id} did not become ${locked ? 'locked' : 'unlocked'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Drags an item by its centre by (dx, dy) screen pixels with the Select tool. */
async function dragItem(page: Page, item: Item, dx: number, dy: number): Promise<void> {
  await chooseTool(page, 'Select');
  const c = await itemCentre(page, item);
  await drag(page, c, { x: c.x + dx, y: c.y + dy });
}

const stays = (what: string) => new Promise<void>((r) => setTimeout(r, 600)).then(() => what);

describe('locks in the browser', () => {
  it('locks the frames a template lays out: a participant cannot pick or move them', async () => {
    const frames = (await boardItems(ann.page)).filter((i) => i.type === 'frame');
    expect(frames.length).toBeGreaterThan(0);
    const lockedIds = (await locks(ann.page)).items;
    for (const f of frames) expect(lockedIds).toContain(f.id);
    const frame = frames[0]!;
    await dragItem(ann.page, frame, 0, 0);
    expect((await snapshot(ann.page)).selectedIds).toEqual([]);
    const before = stored.items().find((i) => i.id === frame.id)!;
    const title = await itemCentre(ann.page, { x: frame.x, y: frame.y, width: 10, height: 10 });
    await drag(ann.page, title, { x: title.x + 120, y: title.y + 80 });
    await stays('the frame stays');
    expect(stored.items().find((i) => i.id === frame.id)).toMatchObject({ x: before.x, y: before.y });
  });

  it('the facilitator locks a participant’s note: participants can no longer move, edit or delete it', async () => {
    // Everyone looks at the same empty area, at 100 %.
    const [origin] = await Promise.all([ann, facilitator, bob].map((o) => showEmptyArea(o.page)));
    note = await addNote(ann.page, { x: origin!.x + 100, y: origin!.y + 100 }, 'Locked idea');
    await waitForItem(facilitator.page, note.id, () => true, 'the note at the facilitator');
    await chooseTool(facilitator.page, 'Select');
    const c = await itemCentre(facilitator.page, note);
    await facilitator.page.mouse.click(c.x, c.y);
    await waitForState(facilitator.page, (s) => s.selectedIds.includes(note.id), 'the facilitator selecting the note');
    await facilitator.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await facilitator.page.getByRole('button', { name: 'Unlock', exact: true }).waitFor();
    for (const o of [ann, bob, observer]) await untilLocked(o.page, note.id, true);
    await lockBadgeKeepsItsSize(bob.page, note);

    // Move: nothing moves, and Ann is told why.
    await dragItem(ann.page, note, 150, 0);
    await ann.page.getByText('The facilitator has locked this.').waitFor();
    expect((await snapshot(ann.page)).selectedIds).toEqual([]);
    // Edit: a double click opens no editor.
    const at = await itemCentre(ann.page, note);
    await ann.page.mouse.dblclick(at.x, at.y);
    expect(await ann.page.getByRole('textbox', { name: 'Note text' }).count()).toBe(0);
    // Delete: Select all skips it, Delete removes nothing.
    await ann.page.getByRole('application', { name: 'Board' }).focus();
    await ann.page.keyboard.press('Control+a');
    expect((await snapshot(ann.page)).selectedIds).not.toContain(note.id);
    await ann.page.keyboard.press('Delete');
    await stays('the note stays');
    expect(stored.items().find((i) => i.id === note.id)).toMatchObject({ x: note.x, y: note.y, text: 'Locked idea' });
  });

  it('never blocks the facilitator, and Unlock gives the note back', async () => {
    await dragItem(facilitator.page, note, 60, 0);
    const moved = (await stored.until((items) => items.some((i) => i.id === note.id && i.x !== note.x), 'the facilitator’s move')).find(
      (i) => i.id === note.id,
    )!;
    await waitForItem(ann.page, note.id, (i) => i.x === moved.x, 'the move at Ann');
    const at = await itemCentre(facilitator.page, moved);
    await facilitator.page.mouse.click(at.x, at.y);
    await facilitator.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await facilitator.page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
    await untilLocked(bob.page, note.id, false);
    await dragItem(bob.page, moved, 0, 90);
    await stored.until((items) => items.some((i) => i.id === note.id && i.y > moved.y), 'Bob’s move after the unlock');
  });

  it('Lock board: participants cannot add to, move or change anything on it until it is unlocked', async () => {
    const boardId = (await snapshot(facilitator.page)).boardId!;
    const list = facilitator.page.getByRole('navigation', { name: 'Boards' });
    await list
      .getByRole('listitem')
      .filter({ has: facilitator.page.locator(`a[data-board="${boardId}"]`) })
      .getByRole('button', { name: /^Options for / })
      .click();
    await facilitator.page.getByRole('menu').getByRole('menuitem', { name: 'Lock board' }).click();
    for (const o of [ann, bob, observer]) await o.page.getByText('Board locked').waitFor();

    const count = stored.items().length;
    await chooseTool(ann.page, 'Note');
    const origin = await showEmptyArea(ann.page);
    await chooseTool(ann.page, 'Note');
    const p = await itemCentre(ann.page, { x: origin.x + 350, y: origin.y + 350, width: 0, height: 0 });
    await ann.page.mouse.click(p.x, p.y);
    await ann.page.getByText('The facilitator has locked this board.').waitFor();
    const current = stored.items().find((i) => i.id === note.id)!;
    await dragItem(ann.page, current, 0, 120);
    await stays('nothing changes');
    expect(stored.items()).toHaveLength(count);
    expect(stored.items().find((i) => i.id === note.id)).toMatchObject({ x: current.x, y: current.y });

    await list
      .getByRole('listitem')
      .filter({ has: facilitator.page.locator(`a[data-board="${boardId}"]`) })
      .getByRole('button', { name: /^Options for / })
      .click();
    await facilitator.page.getByRole('menu').getByRole('menuitem', { name: 'Unlock board' }).click();
    await ann.page.getByText('Board locked').waitFor({ state: 'detached' });
    await addNote(ann.page, { x: origin.x + 350, y: origin.y + 350 }, 'After the unlock');
    await stored.until((items) => items.some((i) => i.type === 'note' && i.text === 'After the unlock'), 'the note after the unlock');
  });
});
