// Clusters in the browser: the facilitator groups two selected notes under a name (Cluster), which
// a participant gets too; Suggest clusters on a board of 30 notes in English and Dutch proposes
// groups by shared words, which the facilitator renames, accepts or drops one by one (also with
// the Dutch interface).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  controlDocName,
  createItems,
  readClusters,
  readItems,
  readSessionMeta,
  suggestClusters,
  type CreateSessionResponse,
  type Item,
} from '@cocreate/shared';
import { connectDoc } from '../helpers/yclient.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { itemCentre, toScreen, waitForState } from './helpers/app.js';
import { drawsColourNear } from './helpers/pixels.js';
import { ANN, FIEN, joinAs, launchBrowser, type OpenedPage, openLink } from './helpers/browser.js';
import { addNote, chooseTool, drag, showEmptyArea } from './helpers/draw.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

const THIRTY = [
  ...[
    'Feedback from lecturers',
    'Weekly feedback moments',
    'Peer feedback in teams',
    'Feedback app',
    'Meer feedback van docenten',
    'Snelle feedback na toetsen',
  ],
  ...['Mentor for first-years', 'Mentoring by alumni', 'Een mentor per klas', 'Mentors from companies', 'Mentoren uit het werkveld'],
  ...['Stageplaatsen delen', 'Stageplaats dichtbij huis', 'Stage bij een start-up', 'Stagevergoeding', 'Stageplaatsen in het buitenland'],
  ...['Quiet study rooms', 'Study rooms open later', 'Studieruimte met planten', 'Study buddies', 'Stille studieruimte'],
  ...[
    'Coffee corner',
    'Bike parking',
    'Rooftop garden',
    'Een moestuin',
    'Better wifi',
    'Lockers',
    'Printer that works',
    'Sport at lunch',
    'Music room',
  ],
];

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let facilitator: OpenedPage;
let ann: OpenedPage;
let stored: ServerView;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Clusters e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  [facilitator, ann] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
  ]);
});

afterAll(async () => {
  for (const o of [facilitator, ann]) expect(o?.errors ?? []).toEqual([]);
  stored?.client.destroy();
  await browser?.close();
  await server?.stop();
});

/** The clusters the page's board document holds (read through the test hook). */
function pageClusters(page: Page): Promise<{ name: string; noteIds: string[] }[]> {
  return page.evaluate(() => {
    type Hook = { live(): { board: { getMap(name: string): { toJSON(): Record<string, { name: string; noteIds: string[] }> } } } };
    return Object.values((window as unknown as { __cocreate: Hook }).__cocreate.live().board.getMap('clusters').toJSON());
  });
}

describe('clusters in the browser', () => {
  it('groups the selected notes under a name, for everyone', async () => {
    const page = facilitator.page;
    const origin = await showEmptyArea(page);
    const a = await addNote(page, { x: origin.x + 120, y: origin.y + 100 }, 'Mentor for first-years');
    const b = await addNote(page, { x: origin.x + 120, y: origin.y + 330 }, 'Mentoring by alumni');
    await chooseTool(page, 'Select');
    const pa = await itemCentre(page, a);
    const pb = await itemCentre(page, b);
    await page.mouse.click(pa.x, pa.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    await waitForState(page, (s) => s.selectedIds.length === 2, 'both notes selected');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cluster', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Group the selected notes' });
    await dialog.getByRole('button', { name: 'Create cluster' }).click();
    await page.getByRole('alert').filter({ hasText: 'A cluster name has 1 to 100 characters.' }).waitFor();
    await dialog.getByRole('textbox', { name: 'Cluster name' }).fill('Mentoring');
    await dialog.getByRole('combobox', { name: 'Cluster colour' }).selectOption({ label: 'Green' });
    await dialog.getByRole('button', { name: 'Create cluster' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => readClusters(stored.client.doc))
      .toEqual([expect.objectContaining({ name: 'Mentoring', color: 'green', noteIds: [a.id, b.id] })]);
    await expect.poll(() => pageClusters(ann.page)).toEqual([expect.objectContaining({ name: 'Mentoring', noteIds: [a.id, b.id] })]);

    // Drawn around its notes with its name (a green label over the top left corner), and following them.
    const label = (left: number) => toScreen(page, { x: left - 20, y: a.y - 20 });
    const at = await label(a.x);
    expect(await drawsColourNear(page, { x: at.x + 12, y: at.y - 11 }, '#2f9e44')).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.click(pa.x, pa.y);
    await drag(page, pa, { x: pa.x - 100, y: pa.y });
    await waitForState(page, (s) => s.items.some((i) => i.id === a.id && i.x === a.x - 100), 'the note moved');
    const moved = await label(a.x - 100);
    await expect.poll(() => drawsColourNear(page, { x: moved.x + 12, y: moved.y - 11 }, '#2f9e44')).toBe(true);
  });

  it('suggests clusters for a board of 30 notes in two languages; each is renamed, accepted or dropped', async () => {
    const control = connectDoc(server, controlDocName(session.id), session.tokens.participant);
    const board = connectDoc(server, session.id, session.tokens.participant);
    await Promise.all([control.synced, board.synced]);
    const boardId = readSessionMeta(control.doc)!.currentBoardId!;
    const ids = createItems(
      board.doc,
      THIRTY.map((text, i) => ({ type: 'note' as const, boardId, x: 3000 + (i % 6) * 230, y: Math.floor(i / 6) * 230, text })),
    );
    control.destroy();
    board.destroy();
    const page = facilitator.page;
    await waitForState(page, (s) => ids.every((id) => s.items.some((i: Item) => i.id === id)), 'the 30 notes');

    await page.getByRole('button', { name: 'Suggest clusters' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suggested clusters' });
    const row = (name: string) => dialog.getByRole('listitem', { name, exact: true });
    await row('feedback').waitFor();
    const names = await dialog.getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toEqual(expect.arrayContaining(['feedback', 'mentor', 'stageplaatsen']));
    await row('feedback').getByRole('textbox', { name: 'Cluster name' }).fill('Feedback loops');
    await dialog.getByRole('listitem', { name: 'Feedback loops' }).getByRole('button', { name: 'Accept' }).click();
    await row('mentor').getByRole('button', { name: 'Drop' }).click();
    await row('stageplaatsen').getByRole('button', { name: 'Accept' }).click();
    await row('stageplaatsen').waitFor({ state: 'detached' });
    expect(await row('mentor').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const clusters = await stored
      .until(() => readClusters(stored.client.doc).length === 3, 'the accepted clusters')
      .then(() => readClusters(stored.client.doc));
    const byName = new Map(clusters.map((c) => [c.name, c]));
    expect(byName.get('Feedback loops')?.noteIds.sort()).toEqual(ids.slice(0, 6).sort());
    const suggested = suggestClusters(
      readItems(stored.client.doc, boardId).flatMap((i) => (i.type === 'note' ? [{ id: i.id, text: i.text }] : [])),
    );
    expect(byName.get('stageplaatsen')?.noteIds.sort()).toEqual(suggested.find((c) => c.name === 'stageplaatsen')?.noteIds.sort());
    expect(byName.get('Mentoring')).toBeDefined(); // dropped suggestions change nothing
  });

  it('offers the same in Dutch', async () => {
    const nl = await openLink(browser, session.links.facilitator, { locale: 'nl-BE' });
    const dialog0 = nl.page.getByRole('dialog', { name: 'Sessie binnengaan' });
    await dialog0.getByRole('textbox', { name: 'Naam' }).fill('Fien Claes');
    await dialog0.getByRole('button', { name: 'Deelnemen' }).click();
    await nl.page.getByRole('button', { name: 'Clusters voorstellen' }).click();
    const dialog = nl.page.getByRole('dialog', { name: 'Voorgestelde clusters' });
    await dialog.getByRole('listitem', { name: 'mentor', exact: true }).getByRole('button', { name: 'Aanvaarden' }).waitFor();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    expect(nl.errors).toEqual([]);
    await nl.context.close();
  });
});
