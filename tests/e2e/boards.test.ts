// The facilitator edits the board list (add from a template, rename, move, remove); a participant
// and an observer see every change live and get no controls to change the list themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findTemplate, type CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { snapshot, waitForState, type AppSnapshot } from './helpers/app.js';
import { ANN, FIEN, joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let facilitator: OpenedPage;
let participant: OpenedPage;
let observer: OpenedPage;
let stored: ServerView;
/** The board the facilitator adds, followed through the whole file. */
let added: { id: string; title: string };

// The boards are in Dutch (the session's language), the facilitator's UI in English.
const TEMPLATE = findTemplate('test')!;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Board list e2e', 'nl');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  [facilitator, participant, observer] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    openLink(browser, session.links.observer),
  ]);
  await waitConnected(observer.page);
});

afterAll(async () => {
  for (const o of [facilitator, participant, observer]) expect(o?.errors ?? []).toEqual([]);
  stored?.client.destroy();
  await browser?.close();
});

const boardList = (page: Page) => page.getByRole('navigation', { name: 'Boards' });
const ids = (s: AppSnapshot) => s.boards.map((b) => b.id);

/** The facilitator's button opening the menu of a board (titles may repeat: found by the board's entry). */
function menuButton(boardId: string) {
  const page = facilitator.page;
  return boardList(page)
    .getByRole('listitem')
    .filter({ has: page.locator(`a[data-board="${boardId}"]`) })
    .getByRole('button', { name: /^Options for / });
}

/** Opens the facilitator's menu of a board and chooses `action`. */
async function chooseFromMenu(boardId: string, action: string): Promise<void> {
  await menuButton(boardId).click();
  await facilitator.page.getByRole('menu').getByRole('menuitem', { name: action }).click();
}

/** Waits until the participant's and the observer's lists equal the facilitator's. */
async function othersSeeSameList(what: string): Promise<string[]> {
  const want = ids(await snapshot(facilitator.page));
  for (const { page } of [participant, observer]) await waitForState(page, (s) => ids(s).join() === want.join(), what);
  return want;
}

describe('the facilitator edits the board list', () => {
  it('adds a board from a template after the viewed one, laid out in the session language, and shows it', async () => {
    const before = await snapshot(facilitator.page);
    await boardList(facilitator.page).getByRole('button', { name: 'Add board' }).click();
    const dialog = facilitator.page.getByRole('dialog', { name: 'Add a board' });
    // Every template is offered, the blank board too, with its English title and description.
    await expect(dialog.getByRole('button').count()).resolves.toBe(9);
    await dialog.getByRole('button', { name: 'Blank board' }).waitFor();
    await dialog.getByRole('button', { name: 'Test', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const s = await waitForState(facilitator.page, (st) => st.boards.length === before.boards.length + 1, 'the new board');
    const board = s.boards.find((b) => !before.boards.some((o) => o.id === b.id))!;
    added = { id: board.id, title: board.title };
    expect(board.title).toBe(TEMPLATE.title.nl);
    expect(ids(s).indexOf(board.id)).toBe(ids(before).indexOf(before.boardId!) + 1);
    const frames = (st: AppSnapshot) =>
      st.items.filter((i) => i.boardId === board.id && i.type === 'frame').map((i) => (i.type === 'frame' ? i.title : ''));
    const shown = await waitForState(
      facilitator.page,
      (st) => st.boardId === board.id && frames(st).length === TEMPLATE.frames.length,
      'the new board shown with its frames',
    );
    expect(frames(shown).sort()).toEqual(TEMPLATE.frames.map((f) => f.title.nl).sort());

    await othersSeeSameList("the new board in the others' lists");
    await boardList(participant.page).getByRole('link', { name: TEMPLATE.title.nl }).nth(1).waitFor();
    await stored.until(
      (items) => items.filter((i) => i.boardId === board.id && i.type === 'frame').length === TEMPLATE.frames.length,
      'its frames on the server',
    );
  });

  it('renames it in place, refusing an empty or too long title', async () => {
    const list = boardList(facilitator.page);
    await list.locator(`a[data-board="${added.id}"]`).dblclick();
    const field = list.getByRole('textbox', { name: 'Board title' });
    await field.fill('   ');
    await field.press('Enter');
    await list.getByRole('alert').filter({ hasText: 'A board needs a title.' }).waitFor();
    await field.fill('x'.repeat(201));
    await list.getByRole('alert').filter({ hasText: 'at most 200 characters' }).waitFor();
    await field.press('Enter');
    await field.press('Escape');
    await field.waitFor({ state: 'detached' });
    expect((await snapshot(facilitator.page)).boards.find((b) => b.id === added.id)!.title).toBe(added.title);

    await chooseFromMenu(added.id, 'Rename');
    await field.fill('Feedback from the pilot');
    await field.press('Enter');
    added.title = 'Feedback from the pilot';
    for (const { page } of [participant, observer]) {
      await boardList(page).getByRole('link', { name: added.title }).waitFor();
    }
  });

  it('moves it with the menu, from the keyboard, and by drag and drop', async () => {
    const at = async (page: Page) => ids(await snapshot(page)).indexOf(added.id);
    const start = await at(facilitator.page);
    await chooseFromMenu(added.id, 'Move down');
    await waitForState(participant.page, (s) => ids(s).indexOf(added.id) === start + 1, 'moved down at the participant');

    // Focus is back on the menu button: Enter opens the menu on Rename, ArrowDown reaches Move up.
    await expect(menuButton(added.id).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await facilitator.page.keyboard.press('Enter');
    await facilitator.page.getByRole('menuitem', { name: 'Rename' }).waitFor();
    await facilitator.page.keyboard.press('ArrowDown');
    await facilitator.page.keyboard.press('Enter');
    await waitForState(participant.page, (s) => ids(s).indexOf(added.id) === start, 'moved up again at the participant');

    const links = boardList(facilitator.page).getByRole('link');
    const last = links.last();
    const box = (await last.boundingBox())!;
    await boardList(facilitator.page)
      .locator(`a[data-board="${added.id}"]`)
      .dragTo(last, { targetPosition: { x: box.width / 2, y: box.height - 4 } });
    const order = await othersSeeSameList('the dropped board in the others’ lists');
    expect(order.at(-1)).toBe(added.id);
  });

  it('removes it after a confirmation; its items stay stored', async () => {
    await chooseFromMenu(added.id, 'Remove board');
    const confirm = facilitator.page.getByRole('dialog', { name: `Remove “${added.title}”?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(ids(await snapshot(facilitator.page))).toContain(added.id);

    await chooseFromMenu(added.id, 'Remove board');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await waitForState(facilitator.page, (s) => !ids(s).includes(added.id) && s.boardId !== added.id, 'the board gone, another one shown');
    await othersSeeSameList("the board gone from the others' lists");
    expect(stored.items().filter((i) => i.boardId === added.id)).toHaveLength(TEMPLATE.frames.length);
  });

  it('refuses to remove the last board', async () => {
    for (let left = (await snapshot(facilitator.page)).boards.length; left > 1; left--) {
      const { boards } = await snapshot(facilitator.page);
      await chooseFromMenu(boards[0]!.id, 'Remove board');
      await facilitator.page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
      await waitForState(facilitator.page, (s) => s.boards.length === left - 1, `${left - 1} boards left`);
    }
    const [only] = (await snapshot(facilitator.page)).boards;
    await menuButton(only!.id).click();
    const remove = facilitator.page.getByRole('menuitem', { name: 'Remove board' });
    await expect(remove.getAttribute('aria-disabled')).resolves.toBe('true');
    await facilitator.page.getByRole('menu').getByText('The last board cannot be removed.').waitFor();
    await remove.focus();
    await facilitator.page.keyboard.press('Enter');
    await facilitator.page.keyboard.press('Escape');
    await facilitator.page.getByRole('menu').waitFor({ state: 'detached' });
    await expect(facilitator.page.getByRole('dialog').count()).resolves.toBe(0);
    expect(await othersSeeSameList('one board left everywhere')).toEqual([only!.id]);
  });
});

describe('participants and observers', () => {
  it('see the list read-only: no buttons, and neither a double click nor F2 edits a title', async () => {
    for (const { page } of [participant, observer]) {
      const list = boardList(page);
      await expect(list.getByRole('button').count()).resolves.toBe(0);
      const link = list.getByRole('link').first();
      await link.dblclick();
      await link.press('F2');
      await expect(page.getByRole('textbox', { name: 'Board title' }).count()).resolves.toBe(0);
    }
  });
});
