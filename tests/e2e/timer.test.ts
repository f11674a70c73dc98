// The facilitator's shared timer on every screen: started, paused, resumed, extended, stopped and
// ending, the same m:ss (within 1 s) on a facilitator, two participants (one whose device clock is
// 3 minutes fast) and an observer; bad lengths refused with a message; a reload shows it right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { controlDocName, startTimer, type CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc } from '../helpers/yclient.js';
import { ANN, FIEN, joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let facilitator: OpenedPage;
let ann: OpenedPage;
let skewed: OpenedPage;
let observer: OpenedPage;
const everyone = () => [facilitator, ann, skewed, observer];

const SKEW_MS = 3 * 60_000;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Timer e2e');
  browser = await launchBrowser();
  [facilitator, ann, skewed, observer] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    joinAs(browser, session.links.participant, { name: 'Tom Tablet', organisation: 'City', group: 'Clients', clockSkewMs: SKEW_MS }),
    openLink(browser, session.links.observer),
  ]);
  await waitConnected(observer.page);
});

afterAll(async () => {
  for (const o of everyone()) expect(o?.errors ?? []).toEqual([]);
  await browser?.close();
  await server?.stop();
});

const timerOf = (page: Page) => page.getByRole('timer', { name: 'Timer' });
const button = (name: string) => facilitator.page.getByRole('button', { name, exact: true });

function seconds(text: string | null): number {
  const m = /^(\d+):(\d\d)$/.exec(text?.trim() ?? '');
  if (!m) throw new Error(`not m:ss: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The timer's seconds left on every screen, read at (nearly) the same moment. */
async function readAll(): Promise<number[]> {
  return Promise.all(everyone().map(async (o) => seconds(await timerOf(o.page).textContent())));
}

/** Waits until every screen shows the timer, then checks they agree within 1 s; returns the facilitator's value. */
async function sameEverywhere(near: number, what: string): Promise<number> {
  await Promise.all(everyone().map((o) => timerOf(o.page).waitFor()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const values = await readAll();
    const spread = Math.max(...values) - Math.min(...values);
    if (spread <= 1 && Math.abs(values[0]! - near) <= 5) return values[0]!;
    if (Date.now() > deadline)
      throw new Error(`${what}: screens show ${values.join(', ')} s, expected ~${near} s within 1 s of each other`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the shared timer', () => {
  it('knows the skewed tablet’s clock is 3 minutes fast', async () => {
    const drift = await skewed.page.evaluate(() => Date.now());
    expect(drift - Date.now()).toBeGreaterThan(SKEW_MS - 10_000);
  });

  it('refuses 0 minutes and 25 hours with a clear message, starting nothing', async () => {
    const minutes = facilitator.page.getByRole('spinbutton', { name: 'Minutes' });
    for (const bad of ['0', '1500']) {
      await minutes.fill(bad);
      await button('Start timer').click();
      await expect(facilitator.page.getByRole('alert').filter({ hasText: 'from 1 minute to 24 hours' }).textContent()).resolves.toContain(
        '24 hours',
      );
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const o of everyone()) expect(await timerOf(o.page).count()).toBe(0);
  });

  it('starts: every screen counts down the same m:ss, the skewed one too', async () => {
    await facilitator.page.getByRole('spinbutton', { name: 'Minutes' }).fill('3');
    await button('Start timer').click();
    await sameEverywhere(180, 'after start');
    await new Promise((r) => setTimeout(r, 2000));
    const later = await sameEverywhere(178, 'two seconds later');
    expect(later).toBeLessThan(180);
  });

  it('pauses on every screen, then resumes and gets a minute more', async () => {
    await button('Pause timer').click();
    const paused = await sameEverywhere(177, 'paused');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readAll()).toEqual([paused, paused, paused, paused]);
    for (const o of everyone()) await o.page.getByText('Paused', { exact: true }).waitFor();

    await button('Resume timer').click();
    await sameEverywhere(paused, 'resumed');
    await button('Add a minute').click();
    await sameEverywhere(paused + 60, 'a minute more');
  });

  it('shows the running timer right after a reload', async () => {
    const before = seconds(await timerOf(facilitator.page).textContent());
    await skewed.page.reload();
    await waitConnected(skewed.page);
    await sameEverywhere(before, 'after the skewed tablet reloaded');
  });

  it('stops on every screen', async () => {
    await button('Stop timer').click();
    for (const o of everyone()) await timerOf(o.page).waitFor({ state: 'detached' });
  });

  it('ends on every screen at the same moment, with a visible cue and a sound that one screen has muted', async () => {
    const sound = ann.page.getByRole('button', { name: 'Timer sound' });
    // Count the beeps' oscillators on every screen.
    await Promise.all(
      everyone().map((o) =>
        o.page.evaluate(() => {
          const w = window as unknown as { beeps: number };
          w.beeps = 0;
          const create = AudioContext.prototype.createOscillator;
          AudioContext.prototype.createOscillator = function (this: AudioContext) {
            w.beeps++;
            return create.call(this);
          };
        }),
      ),
    );
    // A one-minute timer started 57 s ago (server time) by a facilitator client, so the test
    // waits 3 s, not a minute; the pages know nothing of how it was started.
    const control = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
    await control.synced;
    startTimer(control.doc, 60_000, Date.now() - 57_000);
    await sameEverywhere(3, 'the last seconds');
    expect(await sound.getAttribute('aria-pressed')).toBe('true');
    await sound.click();
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    for (const o of everyone()) {
      await o.page.getByText("Time's up").waitFor({ timeout: 8000 });
      expect(await timerOf(o.page).textContent()).toBe('0:00');
    }
    const beeps = await Promise.all(everyone().map((o) => o.page.evaluate(() => (window as unknown as { beeps: number }).beeps)));
    expect(beeps[1]).toBe(0);
    for (const [i, n] of beeps.entries()) if (i !== 1) expect(n).toBeGreaterThan(0);
    control.destroy();
  });
});
