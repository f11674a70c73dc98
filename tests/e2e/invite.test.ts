// The facilitator invites people during the session: fresh links and QR codes, which work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { snapshot } from './helpers/app.js';
import { joinAs, launchBrowser, type OpenedPage, waitConnected } from './helpers/browser.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Invite e2e');
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const o of opened) expect(o.errors).toEqual([]);
  await browser?.close();
});

describe('inviting people', () => {
  it('shows the facilitator participant and observer links with QR codes; a participant joins with one', async () => {
    const facilitator = await joinAs(browser, session.links.facilitator, { name: 'Fien', organisation: 'Howest', group: 'Lecturers' });
    opened.push(facilitator);
    await facilitator.page.getByRole('button', { name: 'Invite' }).click();
    const dialog = facilitator.page.getByRole('dialog', { name: 'Invite people' });
    const participantLink = await dialog.getByRole('textbox', { name: 'Participant link' }).inputValue();
    expect(await dialog.getByRole('textbox', { name: 'Observer link' }).inputValue()).toMatch(`/s/${session.id}#token=`);
    for (const what of ['Participant link', 'Observer link']) {
      const qr = dialog.getByRole('img', { name: `QR code of the ${what}` });
      await qr.waitFor();
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 100)).toBe(true);
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const guest = await joinAs(browser, participantLink, { name: 'Gust', organisation: 'City', group: 'Client' });
    opened.push(guest);
    expect((await snapshot(guest.page)).role).toBe('participant');
  });

  it('revokes every link: people on old links are shown out, the facilitator goes on with new links', async () => {
    const own = await createSession(server, 'Revoke e2e');
    const facilitator = await joinAs(browser, own.links.facilitator, { name: 'Fien' });
    const participant = await joinAs(browser, own.links.participant, { name: 'Leak' });
    await facilitator.page.getByRole('button', { name: 'Invite' }).click();
    const dialog = facilitator.page.getByRole('dialog', { name: 'Invite people' });
    const before = await dialog.getByRole('textbox', { name: 'Participant link' }).inputValue();
    await dialog.getByRole('button', { name: 'Revoke links' }).click();
    await facilitator.page
      .getByRole('dialog', { name: 'Revoke every link of this session?' })
      .getByRole('button', { name: 'Revoke links' })
      .click();

    await participant.page.getByRole('heading', { name: 'This link does not give access' }).waitFor();
    await waitConnected(facilitator.page);
    await facilitator.page.getByRole('button', { name: 'Invite' }).click();
    const after = await facilitator.page
      .getByRole('dialog', { name: 'Invite people' })
      .getByRole('textbox', { name: 'Participant link' })
      .inputValue();
    expect(after).not.toBe(before);
    const newcomer = await joinAs(browser, after, { name: 'New' });
    expect((await snapshot(newcomer.page)).role).toBe('participant');
    for (const o of [facilitator, participant, newcomer]) await o.context.close();
  });

  it('offers no invite button to participants', async () => {
    const participant = await joinAs(browser, session.links.participant, { name: 'Pia' });
    opened.push(participant);
    expect(await participant.page.getByRole('button', { name: 'Invite' }).count()).toBe(0);
  });
});
