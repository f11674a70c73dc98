// Dutch and English: chosen from the browser, switchable, remembered; every contract name in both.
// Also saves screenshots of a populated board at 100 % and zoomed out to tests/artifacts/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { REPO_ROOT, createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardPointAt, canvas, snapshot, toScreen, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser, openLink, waitConnected } from './helpers/browser.js';
import { focusBoard } from './helpers/draw.js';
import { populateFirstBoard } from './helpers/populate.js';

const ARTIFACTS = path.join(REPO_ROOT, 'tests/artifacts');

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Mobility in Bruges');
  browser = await launchBrowser();
  await populateFirstBoard(server, session);
});

afterAll(async () => {
  await browser?.close();
});

/** The accessible names of CONTRACT.md, per language. */
const NAMES = {
  nl: {
    board: 'Bord',
    tools: 'Gereedschap',
    toolButtons: ['Selecteren', 'Hand', 'Notitie', 'Tekst', 'Vorm', 'Verbinding', 'Kader', 'Pen', 'Afbeelding'],
    buttons: ['Ongedaan maken', 'Opnieuw', 'Inzoomen', 'Uitzoomen', 'Passend maken'],
    noteText: 'Notitietekst',
    language: 'Taal',
    boards: 'Borden',
    connected: 'Verbonden',
    participants: 'Deelnemers',
  },
  en: {
    board: 'Board',
    tools: 'Tools',
    toolButtons: ['Select', 'Hand', 'Note', 'Text', 'Shape', 'Connector', 'Frame', 'Pen', 'Image'],
    buttons: ['Undo', 'Redo', 'Zoom in', 'Zoom out', 'Fit to screen'],
    noteText: 'Note text',
    language: 'Language',
    boards: 'Boards',
    connected: 'Connected',
    participants: 'Participants',
  },
};

/** Checks every contract name of `language` on the page, including the note editor's. */
async function expectNames(page: Page, language: 'nl' | 'en'): Promise<void> {
  const n = NAMES[language];
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
  // The board's code loads beside the documents: the board may follow the connection by a moment.
  await page.getByRole('application', { name: n.board, exact: true }).waitFor();
  await expect(page.getByRole('application', { name: n.board, exact: true }).count()).resolves.toBe(1);
  const toolbar = page.getByRole('toolbar', { name: n.tools, exact: true });
  for (const name of n.toolButtons) {
    await expect(toolbar.getByRole('button', { name, exact: true }).getAttribute('aria-pressed'), name).resolves.toMatch(/^(true|false)$/);
  }
  for (const name of n.buttons) await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(1);
  await expect(page.getByRole('combobox', { name: n.language, exact: true }).count()).resolves.toBe(1);
  await expect(page.getByRole('navigation', { name: n.boards, exact: true }).count()).resolves.toBe(1);
  await expect(page.getByRole('list', { name: n.participants, exact: true }).count()).resolves.toBe(1);
  await expect(page.getByRole('status').textContent()).resolves.toBe(n.connected);

  await toolbar.getByRole('button', { name: n.toolButtons[2], exact: true }).click();
  const p = await toScreen(page, await boardPointAt(page, 0.7, 0.85));
  await page.mouse.click(p.x, p.y);
  const editor = page.getByRole('textbox', { name: n.noteText, exact: true });
  await editor.fill(language === 'nl' ? 'Een idee' : 'An idea');
  await editor.press('Escape');
  await waitForState(page, (s) => s.editingId === null, 'the editor to close');
}

describe('languages', () => {
  it('starts in Dutch for a Dutch browser, switches to English, and remembers it', async () => {
    const { page, errors, context } = await openLink(browser, session.links.participant, { locale: 'nl-BE' });
    const dialog = page.getByRole('dialog', { name: 'Sessie binnengaan' });
    await dialog.getByRole('textbox', { name: 'Naam' }).fill('Els');
    await dialog.getByRole('textbox', { name: 'Organisatie' }).fill('Stad Brugge');
    await dialog.getByRole('combobox', { name: 'Belanghebbendengroep' }).fill('Overheid');
    await dialog.getByRole('button', { name: 'Deelnemen' }).click();
    await page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
    await expectNames(page, 'nl');

    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await expectNames(page, 'en');
    await page.reload();
    await waitConnected(page);
    await expect(page.getByRole('combobox', { name: 'Language' }).inputValue()).resolves.toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the join form in English for an English browser', async () => {
    const { page, context } = await openLink(browser, session.links.participant, { locale: 'en-US' });
    const dialog = page.getByRole('dialog', { name: 'Join session' });
    await dialog.waitFor();
    for (const name of ['Name', 'Organisation']) await expect(dialog.getByRole('textbox', { name, exact: true }).count()).resolves.toBe(1);
    await expect(dialog.getByRole('combobox', { name: 'Stakeholder group' }).count()).resolves.toBe(1);
    await expect(dialog.getByRole('button', { name: 'Join', exact: true }).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('screenshots', () => {
  it('saves a populated board at 100 % and zoomed out', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, context, errors } = await joinAs(browser, session.links.participant, {
      name: 'Pieter',
      organisation: 'Acme Logistics',
      group: 'Company',
    });
    await joinAs(browser, session.links.participant, { name: 'Sofie', organisation: 'Howest', group: 'Students' }).then(async (other) => {
      // Another person's cursor shows on the screenshot.
      const p = await toScreen(other.page, { x: 900, y: 300 });
      await other.page.mouse.move(p.x, p.y);
    });
    await waitForState(page, (s) => s.presence.some((p) => p.name === 'Sofie' && p.cursor !== null), "Sofie's cursor");

    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.mouse.move(5, 400); // off the board: no hover highlight
    await page.screenshot({ path: path.join(ARTIFACTS, 'board-zoomed-out.png') });
    const zoomedOut = (await snapshot(page)).viewport.scale;
    expect(zoomedOut).toBeLessThan(0.5);

    // 100 %, with the board's title and the first frame's top-left corner in view.
    await focusBoard(page);
    await page.keyboard.press('Control+0');
    const { viewport } = await waitForState(page, (s) => s.viewport.scale === 1, '100 %');
    const box = (await canvas(page).boundingBox())!;
    const corner = { x: -60, y: -300 };
    const at = { x: 140, y: 20 };
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(corner.x + viewport.x - at.x, corner.y + viewport.y - at.y);
    await waitForState(
      page,
      (s) => Math.abs(corner.x + s.viewport.x - at.x) < 1 && Math.abs(corner.y + s.viewport.y - at.y) < 1,
      'the pan to the first frame',
    );
    await page.mouse.move(5, 400);
    await page.screenshot({ path: path.join(ARTIFACTS, 'board-100.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
