// The projector on the observer link: straight onto the board, quiet (no cursor, no selection in
// awareness), a name only if someone gives one; and the participants list counts people, not devices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, waitFor, type DocClient } from '../helpers/yclient.js';
import { boardPointAt, canvas, itemCentre, snapshot, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';
import { addNote, drag } from './helpers/draw.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let projector: OpenedPage;
let ann: OpenedPage;
let stock: DocClient;
const pages: OpenedPage[] = [];

/** The awareness states the stock client holds of observers. */
function observerStates(): Record<string, unknown>[] {
  return [...stock.provider.awareness.getStates().values()].filter((s) => s.role === 'observer') as Record<string, unknown>[];
}

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Projector e2e');
  browser = await launchBrowser();
  stock = connectDoc(server, session.id, session.tokens.participant);
  await stock.synced;
  ann = await joinAs(browser, session.links.participant, { name: 'Ann Peeters', organisation: 'Howest', group: 'Students' });
  projector = await openLink(browser, session.links.observer);
  pages.push(ann, projector);
});

afterAll(async () => {
  for (const o of pages) expect(o.errors).toEqual([]);
  await browser?.close();
});

describe('the observer link on a projector', () => {
  it('opens straight onto the board, without a join form', async () => {
    await waitConnected(projector.page);
    await canvas(projector.page).waitFor();
    await expect(projector.page.getByRole('dialog').count()).resolves.toBe(0);
    await waitFor(() => observerStates().length === 1, 10_000, "the projector's presence at the stock client");
  });

  it('broadcasts no cursor and no selection, whatever happens on its screen', async () => {
    const note = await addNote(ann.page, await boardPointAt(ann.page, 0.6, 0.4), 'Seen on the wall');
    await waitForState(projector.page, (s) => s.items.some((i) => i.id === note.id), 'the note on the projector');
    const page = projector.page;
    const centre = await itemCentre(page, note);
    await page.mouse.move(centre.x - 150, centre.y - 150);
    await page.mouse.move(centre.x, centre.y, { steps: 5 });
    await page.mouse.click(centre.x, centre.y);
    await drag(page, { x: centre.x + 200, y: centre.y + 200 }, { x: centre.x - 200, y: centre.y - 200 });
    // Ann's own pointer reaches the stock client after the projector's moves: they have been relayed by then.
    const annSpot = await itemCentre(ann.page, note);
    await ann.page.mouse.move(annSpot.x + 150, annSpot.y + 20, { steps: 3 });
    await waitFor(
      () => [...stock.provider.awareness.getStates().values()].some((s) => s.role === 'participant' && s.cursor),
      10_000,
      "Ann's cursor at the stock client",
    );
    const states = observerStates();
    expect(states).toHaveLength(1);
    expect(states[0]).not.toHaveProperty('cursor');
    expect(states[0]).not.toHaveProperty('selection');
    const annSees = await snapshot(ann.page);
    expect(annSees.presence.filter((p) => p.cursor !== null || p.selection.length > 0).every((p) => p.name !== '')).toBe(true);
  });

  it('may give a name from its menu, which the room then sees', async () => {
    const page = projector.page;
    await page.getByRole('button', { name: 'Viewer menu' }).click();
    await page.getByRole('menuitem', { name: 'Your name' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your name' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Room projector');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await ann.page.getByRole('list', { name: 'Participants' }).getByText('Room projector').waitFor();
    expect(observerStates()[0]).not.toHaveProperty('cursor');
  });
});

describe('the participants list', () => {
  it('lists one person on several devices once, online first, and the count agrees', async () => {
    const second = await joinAs(browser, session.links.participant, { name: 'Ann Peeters', organisation: 'Howest', group: 'Students' });
    const bob = await joinAs(browser, session.links.participant, { name: 'Bob Maes', organisation: 'Acme', group: 'Company' });
    pages.push(second, bob);
    await bob.context.close();
    const list = ann.page.getByRole('list', { name: 'Participants' });
    await waitForState(ann.page, (s) => s.participants.length >= 3, 'three devices in the participants');
    await list.getByText('2 devices').waitFor();
    await expect(list.getByText('Ann Peeters').count()).resolves.toBe(1);
    // Bob left: he is listed away, after everyone online.
    await ann.page.waitForFunction(() => document.querySelectorAll('[aria-label="Participants"] li.online').length === 2);
    const names = await list.locator('.name').allTextContents();
    expect(names.map((n) => n.replace(' (you)', ''))).toEqual(['Ann Peeters', 'Room projector', 'Bob Maes']);
    const count = await ann.page.locator('#participants-heading .count').textContent();
    expect(Number(count)).toBe(2);
  });
});
