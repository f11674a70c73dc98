// No edit lost on a flaky tablet: notes written offline survive a reload and a closed tab (the app
// from its service worker, the documents from IndexedDB), reach the server on the next connection,
// and the status line says what is still unsent and when everything has arrived.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardPointAt, itemCentre, waitForItem, waitForState } from './helpers/app.js';
import { seriousViolations } from './helpers/axe.js';
import { fillJoinForm, joinAs, launchBrowser } from './helpers/browser.js';
import { addNote, drag } from './helpers/draw.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let stored: ServerView;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Offline e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
});
afterAll(async () => {
  await browser?.close();
});

/** The status line with exactly `text`. */
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });

/** Waits until the page counts no change the server has not confirmed (the join, for one). */
async function allConfirmed(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    type Hook = { store: { getState(): { unsynced: number } } };
    return (window as unknown as { __cocreate: Hook }).__cocreate.store.getState().unsynced === 0;
  });
}

describe('edits made offline', () => {
  it('survive a reload and a closed tab, and reach the server and the others on the next connection', async () => {
    const ann = await joinAs(browser, session.links.participant, { name: 'Ann' });
    await allConfirmed(ann.page);
    await ann.context.setOffline(true);
    await status(ann.page, 'Offline').waitFor();
    const one = await addNote(ann.page, await boardPointAt(ann.page, 0.35, 0.5), 'written offline');
    const two = await addNote(ann.page, await boardPointAt(ann.page, 0.65, 0.5), 'also offline');
    const unsent = status(ann.page, '2 unsynced changes');
    await unsent.waitFor();
    await expect(unsent.getAttribute('title')).resolves.toBe('Kept on this device; sent when the connection is back');
    await expect(seriousViolations(ann.page)).resolves.toEqual([]);

    // A reload without the network: the same notes, still unsent; a move made now is kept too.
    await ann.page.reload();
    await status(ann.page, 'Offline').waitFor();
    await status(ann.page, '2 unsynced changes').waitFor();
    await waitForState(
      ann.page,
      (s) =>
        s.items.some((i) => i.id === one.id && i.type === 'note' && i.text === 'written offline') && s.items.some((i) => i.id === two.id),
      'the offline notes after the reload',
    );
    const from = await itemCentre(ann.page, one);
    await drag(ann.page, from, { x: from.x, y: from.y + 90 });
    const moved = await waitForItem(ann.page, one.id, (i) => i.y !== one.y, 'the move after the reload');
    await status(ann.page, '2 unsynced changes').waitFor();
    await ann.page.close();
    expect(stored.items().some((i) => i.id === one.id || i.id === two.id)).toBe(false);

    // Back online, the link opened again in a new tab of the same browser.
    await ann.context.setOffline(false);
    const page = await ann.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(session.links.participant);
    await fillJoinForm(page, { name: 'Ann' });
    await stored.until(
      (items) => items.some((i) => i.id === one.id && i.y === moved.y) && items.some((i) => i.id === two.id),
      "Ann's offline notes on the server",
      20_000,
    );
    await status(page, 'All changes saved').waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'unsynced' }).count()).resolves.toBe(0);

    const bob = await joinAs(browser, session.links.participant, { name: 'Bob' });
    await waitForItem(bob.page, one.id, (i) => i.type === 'note' && i.text === 'written offline' && i.y === moved.y, "Ann's note at Bob");
    await waitForItem(bob.page, two.id, (i) => i.type === 'note' && i.text === 'also offline', "Ann's other note at Bob");
    expect([...ann.errors, ...errors, ...bob.errors]).toEqual([]);
    await ann.context.close();
    await bob.context.close();
  });
});

describe('a private note written offline', () => {
  it('survives a reload and reaches the server; the status speaks Dutch too', async () => {
    const fien = await joinAs(browser, session.links.facilitator, { name: 'Fien' });
    await fien.page.getByRole('button', { name: 'Start private brainstorm' }).click();
    await fien.page.getByRole('button', { name: 'Reveal notes' }).waitFor();
    const els = await joinAs(browser, session.links.participant, { name: 'Els' });
    await allConfirmed(els.page);
    await els.context.setOffline(true);
    await status(els.page, 'Offline').waitFor();
    const note = await addNote(els.page, await boardPointAt(els.page, 0.5, 0.3), 'secret offline');
    await status(els.page, '1 unsynced change').waitFor();

    // Offline, the server cannot say who Els is: the remembered personal token opens her copy.
    await els.page.reload();
    const mine = els.page.getByRole('list', { name: 'Only you see these notes' });
    await expect.poll(() => mine.getByRole('listitem').allTextContents()).toEqual(['secret offline (Only you see this)']);
    await els.page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await status(els.page, '1 wijziging nog niet verstuurd').waitFor();

    await els.context.setOffline(false);
    await status(els.page, 'Verbonden').waitFor();
    await status(els.page, 'Alle wijzigingen opgeslagen').waitFor();
    const counts = fien.page.getByRole('list', { name: 'Private notes per person' });
    await expect.poll(() => counts.getByRole('listitem').allInnerTexts()).toContain('Els: 1');
    expect(stored.items().some((i) => i.id === note.id)).toBe(false); // private: never in the board document
    expect([...fien.errors, ...els.errors]).toEqual([]);
    await fien.context.close();
    await els.context.close();
  });
});
