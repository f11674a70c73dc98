// Comments on items: a participant comments on a note, others see the thread and its count, the
// facilitator and participants resolve and reopen, the observer reads only; a 100 kB comment is
// refused with a message; comments follow a duplicated note and go with a deleted one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readComments, type CreateSessionResponse, type Item } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/yclient.js';
import { itemCentre, waitForItem, waitForState } from './helpers/app.js';
import { ANN, BOB, FIEN, joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';
import { addNote, chooseTool, focusBoard, showEmptyArea } from './helpers/draw.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

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
  session = await createSession(server, 'Comments e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  [facilitator, ann, bob, observer] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    joinAs(browser, session.links.participant, BOB),
    openLink(browser, session.links.observer),
  ]);
  await waitConnected(observer.page);
  // The observer (no join form) looks around on its own rather than following the facilitator.
  await observer.page.getByRole('button', { name: 'Stop following', exact: true }).click();
  const [origin] = await Promise.all([ann, bob, facilitator, observer].map((o) => showEmptyArea(o.page)));
  note = await addNote(ann.page, { x: origin!.x + 100, y: origin!.y + 100 }, 'Shared bikes');
  for (const o of [bob, facilitator, observer]) await waitForItem(o.page, note.id, () => true, 'the note');
});

afterAll(async () => {
  for (const o of [facilitator, ann, bob, observer]) expect(o?.errors ?? []).toEqual([]);
  stored?.client.destroy();
  await browser?.close();
  await server?.stop();
});

const storedComments = () => readComments(stored.client.doc);

/** Selects the note with a click and opens its Comments; returns the region. */
async function openComments(page: Page) {
  await chooseTool(page, 'Select');
  const c = await itemCentre(page, note);
  await page.mouse.click(c.x, c.y);
  await waitForState(page, (s) => s.selectedIds.includes(note.id), 'the note selected');
  const region = page.getByRole('region', { name: 'Comments' });
  if ((await region.count()) === 0) await page.getByRole('button', { name: 'Comments', exact: true }).click();
  await region.waitFor();
  return region;
}

describe('comments', () => {
  it('a participant comments on a note; everyone sees it with its author and a count', async () => {
    const region = await openComments(ann.page);
    await region.getByRole('textbox', { name: 'Comment' }).fill('Who maintains the bikes?');
    await region.getByRole('button', { name: 'Add comment' }).click();
    await region.getByText('Who maintains the bikes?').waitFor();
    await waitFor(() => storedComments().length === 1, 5000, 'the comment on the server');
    expect(storedComments()[0]).toMatchObject({
      itemId: note.id,
      authorName: 'Ann Peeters',
      text: 'Who maintains the bikes?',
      resolved: false,
    });

    const bobs = await openComments(bob.page);
    await bobs.getByText('Who maintains the bikes?').waitFor();
    await bobs.getByText('Ann Peeters').waitFor();
    expect(await bob.page.getByRole('button', { name: 'Comments', exact: true }).textContent()).toContain('1');
  });

  it('refuses an empty comment and one of 100 kB with a clear message, adding nothing', async () => {
    const region = bob.page.getByRole('region', { name: 'Comments' });
    const box = region.getByRole('textbox', { name: 'Comment' });
    await region.getByRole('button', { name: 'Add comment' }).click();
    await region.getByRole('alert').filter({ hasText: 'Write a comment first.' }).waitFor();
    await box.fill('x'.repeat(100_000));
    await region.getByRole('button', { name: 'Add comment' }).click();
    await region.getByRole('alert').filter({ hasText: 'at most 2000 characters' }).waitFor();
    await new Promise((r) => setTimeout(r, 300));
    expect(storedComments()).toHaveLength(1);
    await box.fill('The city, says the contract.');
    await region.getByRole('button', { name: 'Add comment' }).click();
    await waitFor(() => storedComments().length === 2, 5000, 'Bob’s comment on the server');
    await ann.page.getByRole('region', { name: 'Comments' }).getByText('The city, says the contract.').waitFor();
  });

  it('the facilitator resolves a comment and Ann reopens it', async () => {
    const region = await openComments(facilitator.page);
    await region.getByRole('button', { name: 'Resolve' }).first().click();
    await waitFor(() => storedComments()[0]!.resolved, 5000, 'resolved on the server');
    const anns = ann.page.getByRole('region', { name: 'Comments' });
    await anns.getByText('Resolved', { exact: true }).waitFor();
    await anns.getByRole('button', { name: 'Reopen' }).click();
    await waitFor(() => !storedComments()[0]!.resolved, 5000, 'reopened on the server');
  });

  it('the observer reads the comments and can add or resolve none', async () => {
    const region = await openComments(observer.page);
    await region.getByText('Who maintains the bikes?').waitFor();
    await region.getByText('The city, says the contract.').waitFor();
    expect(await region.getByRole('textbox', { name: 'Comment' }).count()).toBe(0);
    expect(await region.getByRole('button', { name: 'Resolve' }).count()).toBe(0);
  });

  it('comments follow a duplicated note and go with a deleted one', async () => {
    await openComments(ann.page);
    await focusBoard(ann.page);
    await ann.page.keyboard.press('Control+d');
    const s = await waitForState(ann.page, (st) => st.selectedIds.length === 1 && st.selectedIds[0] !== note.id, 'the duplicate selected');
    const copyId = s.selectedIds[0]!;
    await waitFor(() => storedComments().filter((c) => c.itemId === copyId).length === 2, 5000, 'the copied comments');

    await chooseTool(ann.page, 'Select');
    const c = await itemCentre(ann.page, note);
    // The copy lies 20 units down and right, on top: this corner is the original's alone.
    await ann.page.mouse.click(c.x - 90, c.y - 90);
    await waitForState(ann.page, (st) => st.selectedIds.length === 1 && st.selectedIds[0] === note.id, 'the original selected');
    await focusBoard(ann.page);
    await ann.page.keyboard.press('Delete');
    await waitFor(() => storedComments().every((x) => x.itemId === copyId), 5000, 'the original’s comments gone');
    expect(storedComments()).toHaveLength(2);
    await waitForState(bob.page, (st) => !st.items.some((i) => i.id === note.id), 'the original gone on Bob’s screen');
  });
});
