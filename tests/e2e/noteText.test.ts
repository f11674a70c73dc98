// Note text that fits: it shrinks to a legible minimum and then the note grows; no word is ever
// hidden behind an ellipsis, on the writer's screen or on the projector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { itemCentre, toScreen, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser, openLink, type OpenedPage } from './helpers/browser.js';
import { addNote, showEmptyArea } from './helpers/draw.js';
import { drawnTexts, drawsText, words, type DrawnText } from './helpers/drawnText.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let writer: OpenedPage;
let projector: OpenedPage;

// 200 characters of a real idea, the kind that used to end in "…" after about 30.
const IDEA =
  'Students interview three local shop owners about their busiest hour, then sketch a booking tool that spreads the rush over the afternoon and lets regular customers reserve a quiet slot in advance, ok.';

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Note text e2e');
  browser = await launchBrowser();
  writer = await joinAs(browser, session.links.participant, { name: 'Ann Peeters', organisation: 'Howest', group: 'Students' });
  projector = await openLink(browser, session.links.observer);
});

afterAll(async () => {
  for (const o of [writer, projector]) expect(o?.errors ?? []).toEqual([]);
  await browser?.close();
});

/** The note's text as drawn in the page, once it is drawn. */
async function drawnNote(o: OpenedPage, text: string): Promise<DrawnText> {
  await expect.poll(() => drawsText(o.page, text), { timeout: 10_000 }).toBe(true);
  const drawn = await drawnTexts(o.page, text);
  expect(drawn).toHaveLength(1);
  return drawn[0]!;
}

/** Every word drawn, none cut, at a legible size, inside the note's coloured background. */
function expectWhole(drawn: DrawnText, text: string): void {
  expect(words(drawn.lines.join(' '))).toEqual(words(text));
  expect(drawn.lines.join('')).not.toContain('…');
  expect(drawn.fontSize).toBeGreaterThanOrEqual(12);
  expect(drawn.textHeight).toBeLessThanOrEqual(drawn.boxHeight + 0.5);
  expect(drawn.backgroundHeight).not.toBeNull();
  expect(drawn.backgroundHeight!).toBeGreaterThanOrEqual(drawn.boxHeight);
}

describe('note text', () => {
  it('shows all 200 characters of a note, on the board and on the projector', async () => {
    expect(IDEA).toHaveLength(200);
    const origin = await showEmptyArea(writer.page);
    const note = await addNote(writer.page, { x: origin.x + 150, y: origin.y + 150 }, IDEA);
    expectWhole(await drawnNote(writer, IDEA), IDEA);

    await waitForState(projector.page, (s) => s.items.some((i) => i.id === note.id), 'the note on the projector');
    await showEmptyArea(projector.page);
    expectWhole(await drawnNote(projector, IDEA), IDEA);
  });

  it('shrinks a medium text rather than cutting it, and keeps the note its size', async () => {
    const text = 'A shared calendar for the lab and the company partner';
    const origin = await showEmptyArea(writer.page);
    await addNote(writer.page, { x: origin.x + 420, y: origin.y + 150 }, text);
    const drawn = await drawnNote(writer, text);
    expectWhole(drawn, text);
    expect(drawn.backgroundHeight).toBe(200);
  });

  it('grows a note whose text needs more than the smallest font allows, and its editor shows it all', async () => {
    const long = `${IDEA} ${IDEA}`;
    const origin = await showEmptyArea(writer.page);
    const note = await addNote(writer.page, { x: origin.x + 150, y: origin.y + 420 }, long.slice(0, 380));
    const drawn = await drawnNote(writer, long.slice(0, 380));
    expectWhole(drawn, long.slice(0, 380));
    expect(drawn.fontSize).toBe(12);
    expect(drawn.backgroundHeight!).toBeGreaterThan(200);

    // The grown part is the note too: a press there selects it.
    await writer.page.keyboard.press('Escape');
    const below = await toScreen(writer.page, { x: note.x + note.width / 2, y: note.y + note.height + 20 });
    await writer.page.mouse.click(below.x, below.y);
    await waitForState(writer.page, (s) => s.selectedIds.length === 1 && s.selectedIds[0] === note.id, 'the grown note selected');

    const centre = await itemCentre(writer.page, note);
    await writer.page.mouse.dblclick(centre.x, centre.y);
    const editor = writer.page.getByRole('textbox', { name: 'Note text' });
    await editor.waitFor();
    const fits = await editor.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
    await editor.press('Escape');
  });
  it('wraps every note exactly as a Konva text of its font and width does', async () => {
    const texts = [
      'Short',
      // Just wider than a line at the largest size: wrapped, not left whole.
      'Greener spaces',
      'More green space around the school',
      'Supercalifragilisticexpialidocious words',
      'WWWW WWWW WWWW MMMM',
      'iiii llll iiii llll iiii llll iiii llll iiii',
    ];
    const origin = await showEmptyArea(writer.page);
    for (const [k, text] of texts.entries()) {
      await addNote(writer.page, { x: origin.x + 40 + (k % 3) * 205, y: origin.y + 60 + Math.floor(k / 3) * 210 }, text);
    }
    for (const text of texts) await drawnNote(writer, text);
    const compared = await writer.page.evaluate((wanted) => {
      interface DrawnNote {
        text: string;
        lines: { text: string }[];
        fontSize: number;
        fontFamily: string;
        lineHeight: number;
        padding: number;
        width: number;
      }
      interface NotesNode {
        attrs: { notes: DrawnNote[] };
      }
      // Konva makes a node of any registered class from JSON (Node.create, inherited by the stage's class).
      type Stage = { find(selector: string): NotesNode[]; constructor: { create(json: string): { textArr: { text: string }[] } } };
      type Hook = { stages(): Stage[] };
      const stage = (window as unknown as { __cocreate: Hook }).__cocreate.stages()[0]!;
      const notes = stage.find('.notes').flatMap((run) => run.attrs.notes);
      return wanted.map((text) => {
        const note = notes.find((n) => n.text === text)!;
        const { fontSize, fontFamily, lineHeight, padding, lines } = note;
        const attrs = { text, fontSize, fontFamily, lineHeight, width: note.width - 2 * padding, wrap: 'word', padding: 0 };
        const konva = stage.constructor.create(JSON.stringify({ className: 'Text', attrs }));
        return { drawn: lines.map((l) => l.text), konva: konva.textArr.map((l) => l.text) };
      });
    }, texts);
    for (const { drawn, konva } of compared) expect(drawn).toEqual(konva);
  });
});
