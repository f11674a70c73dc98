// What survives: a reload, a spell offline, and what a bad link gets instead of a blank page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { boardPointAt, itemCentre, snapshot, waitForItem, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser, openLink, waitConnected } from './helpers/browser.js';
import { addNote, drag } from './helpers/draw.js';
import { watchServer, type ServerView } from './helpers/serverDoc.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let stored: ServerView;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Resilience e2e');
  browser = await launchBrowser();
  stored = await watchServer(server, session);
});

afterAll(async () => {
  await browser?.close();
});

describe('a reload and a spell offline', () => {
  it('keeps everything after a reload, on the same board, without asking again who you are', async () => {
    const { page, context, errors } = await joinAs(browser, session.links.participant, {
      name: 'Ann',
      organisation: 'Howest',
      group: 'Students',
    });
    const boards = (await snapshot(page)).boards;
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: boards[2]!.title }).click();
    await waitForState(page, (s) => s.boardId === boards[2]!.id, 'the third board');
    const note = await addNote(page, await boardPointAt(page, 0.5, 0.5), 'kept after reload');

    await page.reload();
    await waitConnected(page);
    const s = await waitForState(page, (st) => st.items.some((i) => i.id === note.id), 'the note after the reload');
    expect(s.boardId).toBe(boards[2]!.id);
    expect(s.items.find((i) => i.id === note.id)).toMatchObject({ text: 'kept after reload' });
    await expect(page.getByRole('dialog', { name: 'Join session' }).count()).resolves.toBe(0);
    expect(s.participants.filter((p) => p.name === 'Ann')).toHaveLength(1);
    await expect(
      page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: boards[2]!.title }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps edits made offline and merges them with the others on reconnect', async () => {
    const ann = await joinAs(browser, session.links.participant, { name: 'Ann' });
    const bob = await joinAs(browser, session.links.participant, { name: 'Bob' });
    const shared = await addNote(bob.page, await boardPointAt(bob.page, 0.3, 0.5), 'shared before');
    await waitForItem(ann.page, shared.id, () => true, 'the shared note at Ann');

    await ann.context.setOffline(true);
    await ann.page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    const offline = await addNote(ann.page, await boardPointAt(ann.page, 0.6, 0.5), 'written offline');
    const from = await itemCentre(ann.page, shared);
    await drag(ann.page, from, { x: from.x, y: from.y + 80 });
    const movedAt = await waitForItem(ann.page, shared.id, (i) => i.y !== shared.y, 'the offline move');
    const online = await addNote(bob.page, await boardPointAt(bob.page, 0.6, 0.2), 'written online');
    await stored.until((items) => items.some((i) => i.id === online.id), "Bob's note on the server");
    expect(stored.items().some((i) => i.id === offline.id)).toBe(false);
    expect((await snapshot(ann.page)).items.some((i) => i.id === online.id)).toBe(false);

    await ann.context.setOffline(false);
    await waitConnected(ann.page);
    await stored.until(
      (items) => items.some((i) => i.id === offline.id) && items.some((i) => i.id === shared.id && i.y === movedAt.y),
      "Ann's offline edits on the server",
    );
    await waitForItem(ann.page, online.id, () => true, "Bob's note at Ann");
    await waitForItem(bob.page, offline.id, (i) => i.type === 'note' && i.text === 'written offline', "Ann's offline note at Bob");
    expect([...ann.errors, ...bob.errors]).toEqual([]);
    await ann.context.close();
    await bob.context.close();
  });
});

describe('links that do not open the session', () => {
  const problem = async (link: string, heading: string) => {
    const { page, context, errors } = await openLink(browser, link);
    await page.getByRole('heading', { name: heading }).waitFor();
    await expect(page.getByRole('application').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  };

  it('explains a forged token, a token of another session and a link without one', async () => {
    const other = await createSession(server, 'Another session');
    const token = session.tokens.participant;
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await problem(`${server.url}/s/${session.id}#token=${forged}`, 'This link does not give access');
    await problem(`${server.url}/s/${session.id}#token=${other.tokens.participant}`, 'This link does not give access');
    await problem(`${server.url}/s/${session.id}`, 'No session in this link');
  });

  it('explains an expired link, also when it expires while the board is open', async () => {
    const shortLived = await startServer({ env: { TOKEN_TTL_SECONDS: '5' } });
    const brief = await createSession(shortLived, 'Brief session');
    const { page, context, errors } = await openLink(browser, brief.links.observer);
    await waitConnected(page);
    const expiresAt = JSON.parse(Buffer.from(brief.tokens.observer.split('.')[0]!, 'base64url').toString()) as { exp: number };
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt.exp * 1000 - Date.now() + 200)));
    // A reconnect with the expired token is refused with 4401: the app stops and says why.
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    await problem(brief.links.participant, 'This link has expired');
    await shortLived.stop();
  });
});
