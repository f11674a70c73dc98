// A private brainstorm in the browser: the facilitator starts it on the current board; three people
// (the facilitator, two participants) write notes that only they see ("Only you see this"), kept
// out of the board document on the server; the facilitator sees counts per person, never text;
// Reveal notes shows every note to everyone, anonymous as chosen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse, Item } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { itemCentre, snapshot, toScreen, waitForState } from './helpers/app.js';
import { drawsColourNear } from './helpers/pixels.js';
import { ANN, BOB, FIEN, joinAs, launchBrowser, type OpenedPage, waitConnected } from './helpers/browser.js';
import { addNote, chooseTool, drag, showEmptyArea } from './helpers/draw.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let people: { name: string; opened: OpenedPage; text: string; note?: Item }[];
let stored: ServerView;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Private brainstorm e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
  const [fien, ann, bob] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    joinAs(browser, session.links.participant, BOB),
  ]);
  people = [
    { name: 'Fien Claes', opened: fien!, text: 'Fien secret idea' },
    { name: 'Ann Peeters', opened: ann!, text: 'Ann secret idea' },
    { name: 'Bob Maes', opened: bob!, text: 'Bob secret idea' },
  ];
});

afterAll(async () => {
  for (const p of people ?? []) expect(p.opened.errors).toEqual([]);
  stored?.client.destroy();
  await browser?.close();
  await server?.stop();
});

const page = (i: number): Page => people[i]!.opened.page;
const mineList = (p: Page) => p.getByRole('list', { name: 'Only you see these notes' });

describe('private brainstorm in the browser', () => {
  it('keeps each person\'s new notes to themselves, marked "Only you see this"', async () => {
    await page(0).getByRole('button', { name: 'Start private brainstorm' }).click();
    await page(0).getByRole('button', { name: 'Reveal notes' }).waitFor();
    for (const [i, person] of people.entries()) {
      const origin = await showEmptyArea(page(i));
      person.note = await addNote(page(i), { x: origin.x + 120, y: origin.y + 100 + 220 * i }, person.text);
    }
    for (const [i, person] of people.entries()) {
      const list = mineList(page(i));
      await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual([`${person.text} (Only you see this)`]);
      // The "Only you see this" label is drawn in the note's lower left corner.
      const corner = await toScreen(page(i), { x: person.note!.x, y: person.note!.y + person.note!.height });
      expect(await drawsColourNear(page(i), { x: corner.x + 12, y: corner.y - 14 }, '#495057')).toBe(true);
      const texts = (await snapshot(page(i))).items.map((it) => ('text' in it ? it.text : ''));
      for (const other of people) expect(texts.includes(other.text)).toBe(other === person);
    }
    // The server's board document holds none of them.
    expect(stored.items().some((it) => people.some((p) => 'text' in it && it.text === p.text))).toBe(false);
  });

  it('shows the facilitator how many private notes each person has, never their text', async () => {
    const counts = page(0).getByRole('list', { name: 'Private notes per person' });
    await expect
      .poll(() =>
        counts
          .getByRole('listitem')
          .allInnerTexts()
          .then((t) => t.sort()),
      )
      .toEqual(['Ann Peeters: 1', 'Bob Maes: 1', 'Fien Claes: 1']);
    expect(await counts.textContent()).not.toContain('secret');
    expect(await page(1).getByRole('button', { name: 'Reveal notes' }).count()).toBe(0);
  });

  it("moves a private note in its owner's private document only", async () => {
    const ann = people[1]!;
    await chooseTool(page(1), 'Select');
    const c = await itemCentre(page(1), ann.note!);
    await drag(page(1), c, { x: c.x + 40, y: c.y + 30 });
    const moved = await waitForState(
      page(1),
      (s) => s.items.some((it) => it.id === ann.note!.id && it.x === ann.note!.x + 40),
      'the private note moved',
    );
    ann.note = moved.items.find((it) => it.id === ann.note!.id)!;
    expect(stored.items().some((it) => it.id === ann.note!.id)).toBe(false);
  });

  it('keeps the person across a reload: the private note is still theirs', async () => {
    await page(2).reload();
    await waitConnected(page(2));
    await expect.poll(() => mineList(page(2)).getByRole('listitem').allTextContents()).toEqual(['Bob secret idea (Only you see this)']);
  });

  it('reveals every note to everyone at its place, without authors', async () => {
    await page(0).getByRole('button', { name: 'Reveal notes' }).click();
    const all = await stored.until(
      (items) => people.every((p) => items.some((it) => 'text' in it && it.text === p.text)),
      'the revealed notes on the server',
    );
    const annNote = all.find((it) => it.id === people[1]!.note!.id)!;
    expect({ x: annNote.x, y: annNote.y }).toEqual({ x: people[1]!.note!.x, y: people[1]!.note!.y });
    for (const p of people) expect(all.find((it) => 'text' in it && it.text === p.text)?.createdBy).toBeUndefined();
    for (let i = 0; i < people.length; i++) {
      await waitForState(
        page(i),
        (s) => people.every((p) => s.items.some((it) => 'text' in it && it.text === p.text)),
        'every note revealed',
      );
      await mineList(page(i)).waitFor({ state: 'detached' });
    }
    await page(0).getByRole('button', { name: 'Start private brainstorm' }).waitFor();
  });
});
