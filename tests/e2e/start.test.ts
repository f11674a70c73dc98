// The start page: a facilitator creates a session in the browser and opens it from its link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type TestServer } from '../helpers/server.js';
import { snapshot, waitForState } from './helpers/app.js';
import { fillJoinForm, launchBrowser, openLink, type OpenedPage } from './helpers/browser.js';

let server: TestServer;
let browser: Browser;
let opened: OpenedPage;

beforeAll(async () => {
  server = await startServer({ env: { PUBLIC_URL: '' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  expect(opened?.errors ?? []).toEqual([]);
  await browser?.close();
});

describe('the start page', () => {
  it('creates a session, shows its three links, and opens it as facilitator', async () => {
    opened = await openLink(browser, server.url + '/', { locale: 'nl-BE' });
    const { page } = opened;
    // A Dutch browser gets the Dutch start page; the boards may be in another language.
    await page.getByRole('textbox', { name: 'Titel van de sessie' }).fill('Circulaire campus');
    await page.getByRole('combobox', { name: 'Taal van de borden' }).selectOption('en');
    await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Create session' }).click();

    const links = await Promise.all(
      ['Facilitator link', 'Participant link', 'Observer link'].map((name) => page.getByRole('textbox', { name }).inputValue()),
    );
    for (const link of links) expect(link).toMatch(/^http:\/\/[^/]+\/s\/[A-Za-z0-9_-]+#token=[\w-]+\.[\w-]+$/);
    expect(new Set(links.map((l) => new URL(l).pathname)).size).toBe(1);

    await page.getByRole('link', { name: 'Open as facilitator' }).click();
    await fillJoinForm(page, { name: 'Fien', organisation: 'Howest', group: 'Lecturers' });
    const state = await waitForState(page, (s) => s.boardId !== null && s.items.length > 0, 'the first board with its frames');
    expect(state.items.some((i) => i.type === 'frame' && i.title === 'Partners')).toBe(true);
    expect((await snapshot(page)).role).toBe('facilitator');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Circulaire campus');
  });

  it('refuses an empty title without creating anything', async () => {
    const { page } = await openLink(browser, server.url + '/');
    const create = page.getByRole('button', { name: 'Create session' });
    await page.getByRole('textbox', { name: 'Session title' }).fill('   ');
    expect(await create.isDisabled()).toBe(true);
  });
});
