// Edits the server refuses as too large are never lost silently: the tab stops retrying (no loop
// of refused reconnects) and tells the person, keeping the edits on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { snapshot, waitForState } from './helpers/app.js';
import { joinAs, launchBrowser } from './helpers/browser.js';

const LIMIT = 64 * 1024;

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ env: { MAX_MESSAGE_BYTES: String(LIMIT), MAX_CATCHUP_BYTES: String(LIMIT) } });
  session = await createSession(server, 'Unsent e2e');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('changes too large to send', () => {
  it('stops reconnecting, says so, and keeps the notes on screen', async () => {
    const { page, context } = await joinAs(browser, session.links.participant, { name: 'Ann' });
    let sockets = 0;
    page.on('websocket', () => sockets++);
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    // Ten pasted texts of 9,000 characters: about 90 KB of edits made offline, over the 64 KiB limit.
    for (let i = 0; i < 10; i++) {
      await page.evaluate(
        (text) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          document
            .querySelector('[role="application"]')!
            .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
        },
        `${i} `.padEnd(9_000, 'w'),
      );
    }
    await waitForState(
      page,
      (s) => s.items.filter((i) => i.type === 'note' && i.text.endsWith('www')).length === 10,
      'the ten pasted notes',
    );

    await context.setOffline(false);
    await page.getByRole('alert').filter({ hasText: 'too large to send' }).waitFor();
    const after = sockets;
    await page.waitForTimeout(3_000);
    expect(sockets - after).toBeLessThanOrEqual(1); // no loop of refused reconnects
    expect((await snapshot(page)).items.filter((i) => i.type === 'note' && i.text.endsWith('www'))).toHaveLength(10);
    await context.close();
  });
});
