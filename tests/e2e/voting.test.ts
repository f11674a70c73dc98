// Secret dot voting in the browser: the facilitator sets Votes per person to 3 and starts a round
// on the current board; two participants vote with Vote / Remove vote while "Votes left: N" counts
// down (a note's vote badge takes a tap too); nobody sees anyone else's votes (nor does the server's board document hold any) until
// End voting; then every screen shows the dots and the Results list, highest first. A vote the
// round would not count is refused with a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse, Item } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardPointAt, itemCentre, toScreen, waitForState } from './helpers/app.js';
import { drawsColourNear } from './helpers/pixels.js';
import { ANN, BOB, FIEN, joinAs, launchBrowser, type OpenedPage } from './helpers/browser.js';
import { addNote, chooseTool, showEmptyArea } from './helpers/draw.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let facilitator: OpenedPage;
let ann: OpenedPage;
let bob: OpenedPage;
let stored: ServerView;
let notes: Item[];
let origin: { x: number; y: number };

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Voting e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  [facilitator, ann, bob] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    joinAs(browser, session.links.participant, BOB),
  ]);
  // The same board on every screen, so the same empty area in view everywhere.
  [origin] = (await Promise.all([facilitator, ann, bob].map((o) => showEmptyArea(o.page)))) as [{ x: number; y: number }];
  notes = [];
  for (const [i, text] of ['Mentors for first-years', 'Quiet study rooms', 'Feedback app'].entries()) {
    notes.push(await addNote(facilitator.page, { x: origin.x + 120, y: origin.y + 100 + 220 * i }, text));
  }
  for (const o of [ann, bob]) await waitForState(o.page, (s) => notes.every((n) => s.items.some((i) => i.id === n.id)), 'the notes');
});

afterAll(async () => {
  for (const o of [facilitator, ann, bob]) expect(o?.errors ?? []).toEqual([]);
  stored?.client.destroy();
  await browser?.close();
  await server?.stop();
});

const votesLeft = (page: Page) => page.getByRole('status').filter({ hasText: /^Votes left: \d+$/ });

/** Selects a note by clicking it with the Select tool, then presses Vote (or Remove vote). */
async function vote(page: Page, note: Item, button: 'Vote' | 'Remove vote' = 'Vote'): Promise<void> {
  await chooseTool(page, 'Select');
  const c = await itemCentre(page, note);
  await page.mouse.click(c.x, c.y);
  await waitForState(page, (s) => s.selectedIds.length === 1 && s.selectedIds[0] === note.id, 'the note selected');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: button, exact: true }).click();
}

describe('dot voting in the browser', () => {
  it('starts a round of 3 votes per person; Votes left counts down', async () => {
    const budget = facilitator.page.getByRole('spinbutton', { name: 'Votes per person' });
    await budget.fill('0');
    await facilitator.page.getByRole('button', { name: 'Start voting' }).click();
    await facilitator.page.getByRole('alert').filter({ hasText: 'Votes per person is a whole number from 1 to 100.' }).waitFor();
    await budget.fill('3');
    await facilitator.page.getByRole('button', { name: 'Start voting' }).click();
    await facilitator.page.getByRole('button', { name: 'End voting' }).waitFor();
    await votesLeft(ann.page).filter({ hasText: 'Votes left: 3' }).waitFor();

    await vote(ann.page, notes[0]!);
    await votesLeft(ann.page).filter({ hasText: 'Votes left: 2' }).waitFor();
    await vote(ann.page, notes[0]!);
    await votesLeft(ann.page).filter({ hasText: 'Votes left: 1' }).waitFor();
    await vote(ann.page, notes[2]!);
    await votesLeft(ann.page).filter({ hasText: 'Votes left: 0' }).waitFor();
    await ann.page.getByRole('button', { name: 'Remove vote', exact: true }).click();
    await votesLeft(ann.page).filter({ hasText: 'Votes left: 1' }).waitFor();
    await vote(ann.page, notes[1]!);
    await votesLeft(ann.page).filter({ hasText: 'Votes left: 0' }).waitFor();
    await vote(ann.page, notes[1]!);
    await ann.page.getByRole('alert').filter({ hasText: 'You have no votes left.' }).waitFor();
    // On a tablet one taps the note's vote badge, no selection needed.
    await bob.page.getByRole('button', { name: 'Vote on: Mentors for first-years (your votes: 0)' }).click();
    await votesLeft(bob.page).filter({ hasText: 'Votes left: 2' }).waitFor();
    await bob.page.getByRole('button', { name: 'Vote on: Mentors for first-years (your votes: 1)' }).waitFor();
    expect(await bob.page.getByRole('button', { name: 'Vote on: Quiet study rooms (your votes: 0)' }).boundingBox()).toMatchObject({
      width: 40,
      height: 40,
    });
  });

  it('shows nobody any totals while the round is open', async () => {
    await new Promise((r) => setTimeout(r, 500));
    for (const o of [facilitator, ann, bob]) expect(await o.page.getByRole('list', { name: 'Results' }).count()).toBe(0);
    expect(stored.client.doc.getMap('votes').size).toBe(0);
    expect(await votesLeft(bob.page).textContent()).toBe('Votes left: 2'); // Ann's votes are not Bob's
  });

  it('refuses a vote on something that is not a note, with a message, and counts nothing', async () => {
    const page = facilitator.page;
    await chooseTool(page, 'Text');
    const p = await toScreen(page, { x: origin.x + 420, y: origin.y + 100 });
    await page.mouse.click(p.x, p.y);
    await page.getByRole('textbox', { name: 'Text', exact: true }).pressSequentially('A heading');
    await page.getByRole('textbox', { name: 'Text', exact: true }).press('Escape');
    await waitForState(
      page,
      (s) => s.selectedIds.length === 1 && s.items.find((i) => i.id === s.selectedIds[0])?.type === 'text',
      'the text selected',
    );
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Vote', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Only notes on the board get votes.' }).waitFor();
    await votesLeft(page).filter({ hasText: 'Votes left: 3' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('refuses a vote on a note of another board, with a message, and counts nothing', async () => {
    const page = facilitator.page;
    const first = (await waitForState(page, () => true, 'state')).boardId!;
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('button', { name: 'Add board' }).click();
    await page.getByRole('dialog', { name: 'Add a board' }).getByRole('button', { name: 'Blank board' }).click();
    await waitForState(page, (s) => s.boardId !== first, 'the new board shown');
    await addNote(page, await boardPointAt(page, 0.5, 0.5), 'Elsewhere');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Vote', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Voting runs on the board .+: this note is not part of it\./ })
      .waitFor();
    await votesLeft(page).filter({ hasText: 'Votes left: 3' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link').first().click();
    await waitForState(page, (s) => s.boardId === first, 'back on the first board');
  });

  it('publishes the totals at End voting: dots and the Results list, highest first, on every screen', async () => {
    await facilitator.page.getByRole('button', { name: 'End voting' }).click();
    await facilitator.page.getByRole('button', { name: 'Start voting' }).waitFor();
    for (const o of [facilitator, ann, bob]) {
      const results = o.page.getByRole('list', { name: 'Results' });
      await expect
        .poll(() => results.getByRole('listitem').allTextContents())
        .toEqual(['Mentors for first-years: 3', 'Quiet study rooms: 1']);
      expect(await votesLeft(o.page).count()).toBe(0);
      // The dots: a "● 3" label drawn in the note's lower right corner.
      const corner = await toScreen(o.page, { x: notes[0]!.x + notes[0]!.width, y: notes[0]!.y + notes[0]!.height });
      expect(await drawsColourNear(o.page, { x: corner.x - 28, y: corner.y - 14 }, '#c2255c')).toBe(true);
    }
    const [result] = [...stored.client.doc.getMap('votes').values()] as { totals: Record<string, number>; voters: number }[];
    expect(result?.totals).toEqual({ [notes[0]!.id]: 3, [notes[1]!.id]: 1 });
    expect(result?.voters).toBe(2);
    // The round is closed: no more Vote buttons or vote badges.
    expect(await ann.page.getByRole('button', { name: 'Vote', exact: true }).count()).toBe(0);
    expect(await ann.page.getByRole('button', { name: /^Vote on: / }).count()).toBe(0);
  });
});
