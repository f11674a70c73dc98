// axe-core on the pages people meet: the start page, the join dialog, and the board as facilitator,
// participant and observer (the projector). No serious or critical violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { canvas, waitForState } from './helpers/app.js';
import { seriousViolations } from './helpers/axe.js';
import { fillJoinForm, launchBrowser, type OpenedPage, openLink, TABLET, waitConnected } from './helpers/browser.js';
import { populateFirstBoard } from './helpers/populate.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Accessibility e2e');
  await populateFirstBoard(server, session);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const o of opened) expect(o.errors).toEqual([]);
  await browser?.close();
});

async function open(link: string, device = TABLET): Promise<OpenedPage> {
  const o = await openLink(browser, link, {}, device);
  opened.push(o);
  return o;
}

/** Waits until the board shows its notes. */
async function boardShown(o: OpenedPage): Promise<void> {
  await canvas(o.page).waitFor();
  await waitForState(o.page, (s) => s.items.some((i) => i.type === 'note' && i.boardId === s.boardId), 'the board with its notes');
}

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it('on the start page', async () => {
    const o = await open(`${server.url}/`);
    await o.page.getByRole('button', { name: 'Create session' }).waitFor();
    expect(await seriousViolations(o.page)).toEqual([]);
  });

  it('on the join dialog, then on the board as a participant', async () => {
    const o = await open(session.links.participant);
    await o.page.getByRole('dialog', { name: 'Join session' }).waitFor();
    expect(await seriousViolations(o.page)).toEqual([]);
    await fillJoinForm(o.page, { name: 'Ann Peeters', organisation: 'Howest', group: 'Students' });
    await boardShown(o);
    expect(await seriousViolations(o.page)).toEqual([]);
    // With the side panels and the guidance open too.
    await o.page.getByRole('button', { name: 'How this board works' }).click();
    await o.page.getByRole('button', { name: 'Show participants' }).click();
    expect(await seriousViolations(o.page)).toEqual([]);
  });

  it('on the board as the facilitator', async () => {
    const o = await open(session.links.facilitator);
    await fillJoinForm(o.page, { name: 'Fien Facilitator', organisation: 'Howest', group: 'Lecturers' });
    await boardShown(o);
    await o.page.getByRole('button', { name: 'How this board works' }).click();
    // The facilitator's guidance also holds the timing and the method.
    const guide = o.page.getByRole('region', { name: 'How this board works' });
    await guide.getByText('Suggested time: 40 minutes').waitFor();
    await guide.getByText('The method').waitFor();
    expect(await seriousViolations(o.page)).toEqual([]);
  });

  it('on the board as an observer (the projector)', async () => {
    const o = await open(session.links.observer);
    await waitConnected(o.page);
    await boardShown(o);
    expect(await seriousViolations(o.page)).toEqual([]);
  });
});
