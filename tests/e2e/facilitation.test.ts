// Where the group is: "Now: <board>" for everyone; Bring everyone here (once, to the same board,
// centre and area on screens of other sizes); Follow me, with Stop following and Follow; the
// observer (the projector) follows the facilitator from the start. Controls fit a 1024 × 768 tablet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { canvas, snapshot, waitForState } from './helpers/app.js';
import { ANN, FIEN, joinAs, launchBrowser, type OpenedPage, openLink, waitConnected } from './helpers/browser.js';

let server: TestServer;
let session: CreateSessionResponse;
let browser: Browser;
let facilitator: OpenedPage;
let ann: OpenedPage;
let tablet: OpenedPage;
let observer: OpenedPage;
let boards: { id: string; title: string }[];

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Facilitation e2e');
  browser = await launchBrowser();
  [facilitator, ann, tablet, observer] = await Promise.all([
    joinAs(browser, session.links.facilitator, FIEN),
    joinAs(browser, session.links.participant, ANN),
    joinAs(browser, session.links.participant, {
      name: 'Tom Tablet',
      organisation: 'City',
      group: 'Clients',
      viewport: { width: 1024, height: 768 },
    }),
    openLink(browser, session.links.observer, { viewport: { width: 1920, height: 1080 } }),
  ]);
  await waitConnected(observer.page);
  boards = (await snapshot(facilitator.page)).boards;
});

afterAll(async () => {
  for (const o of [facilitator, ann, tablet, observer]) expect(o?.errors ?? []).toEqual([]);
  await browser?.close();
  await server?.stop();
});

interface Seen {
  boardId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The board and the area of it a page shows, in board units (centre, width, height). */
async function seen(page: Page): Promise<Seen> {
  const box = (await canvas(page).boundingBox())!;
  const { viewport: v, boardId } = await snapshot(page);
  return {
    boardId,
    x: (box.width / 2 - v.x) / v.scale,
    y: (box.height / 2 - v.y) / v.scale,
    width: box.width / v.scale,
    height: box.height / v.scale,
  };
}

/** Whether `b` shows what `a` shows: the same board and centre, and all of `a`'s area, fitting it in one direction. */
function showsSame(a: Seen, b: Seen): boolean {
  const near = (p: number, q: number, tol: number) => Math.abs(p - q) <= tol;
  const tol = a.width / 200;
  return (
    a.boardId === b.boardId &&
    near(a.x, b.x, tol) &&
    near(a.y, b.y, tol) &&
    b.width >= a.width - tol &&
    b.height >= a.height - tol &&
    (near(a.width, b.width, tol) || near(a.height, b.height, tol))
  );
}

/** Waits until `page` shows what the facilitator shows; returns how long that took (ms). */
async function untilSameAsFacilitator(page: Page, what: string, timeoutMs = 5000): Promise<number> {
  const start = Date.now();
  const deadline = start + timeoutMs;
  for (;;) {
    const [a, b] = await Promise.all([seen(facilitator.page), seen(page)]);
    if (showsSame(a, b)) return Date.now() - start;
    if (Date.now() > deadline) throw new Error(`${what}: facilitator sees ${JSON.stringify(a)}, the other ${JSON.stringify(b)}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** Opens a board from the list, as a person does. */
async function openBoard(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: title }).click();
  await waitForState(page, (s) => s.boards.find((b) => b.id === s.boardId)?.title === title, `board ${title}`);
}

/** Pans and zooms a page's board with the wheel, as a person does. */
async function panAndZoom(page: Page, dx: number, dy: number, zoomSteps: number): Promise<void> {
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(dx, dy);
  await page.keyboard.down('Control');
  for (let i = 0; i < Math.abs(zoomSteps); i++) await page.mouse.wheel(0, zoomSteps > 0 ? -100 : 100);
  await page.keyboard.up('Control');
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('where the group is', () => {
  it('shows everyone the facilitator’s board ("Now: …"), marked in the board list', async () => {
    await openBoard(facilitator.page, boards[2]!.title);
    for (const o of [facilitator, ann, tablet, observer]) {
      await o.page.getByText(`Now: ${boards[2]!.title}`).waitFor();
      await o.page.locator(`a[data-board="${boards[2]!.id}"] .board-live`).waitFor();
    }
  });

  it('keeps the bar in one row, clear of the board guide, for the facilitator and on a tablet', async () => {
    for (const o of [facilitator, tablet]) {
      const bar = (await o.page.getByRole('group', { name: 'Facilitation' }).boundingBox())!;
      const guide = (await o.page.getByRole('button', { name: 'How this board works' }).boundingBox())!;
      const apart =
        bar.x + bar.width <= guide.x || guide.x + guide.width <= bar.x || bar.y + bar.height <= guide.y || guide.y + guide.height <= bar.y;
      expect(apart).toBe(true);
      expect(bar.height).toBeLessThan(60);
    }
  });

  it('takes whoever looks at another board to the facilitator’s with Go there', async () => {
    await openBoard(ann.page, boards[0]!.title);
    await button(ann.page, 'Go there').click();
    await waitForState(ann.page, (s) => s.boardId === boards[2]!.id, 'Ann on the facilitator’s board');
    await button(ann.page, 'Go there').waitFor({ state: 'detached' });
    // On the group's board, and for the facilitator, there is nowhere to go.
    expect(await button(facilitator.page, 'Go there').count()).toBe(0);
  });

  it('lets the observer (the projector) follow the facilitator from the start', async () => {
    await untilSameAsFacilitator(observer.page, 'the observer on the facilitator’s board');
    await button(observer.page, 'Stop following').waitFor();
    await panAndZoom(facilitator.page, 300, 150, 2);
    await untilSameAsFacilitator(observer.page, 'the observer after the facilitator panned and zoomed');
  });

  it('brings every participant and observer to the facilitator’s board, centre and area, once', async () => {
    await openBoard(ann.page, boards[0]!.title);
    await openBoard(tablet.page, boards[1]!.title);
    await panAndZoom(facilitator.page, -200, 400, 1);
    await button(facilitator.page, 'Bring everyone here').click();
    for (const [who, o] of [
      ['Ann', ann],
      ['the tablet', tablet],
      ['the observer', observer],
    ] as const) {
      await untilSameAsFacilitator(o.page, `${who} after Bring everyone here`);
    }
    await ann.page.getByText('The facilitator brought everyone here.').waitFor();
    // Once: they may go elsewhere afterwards, also after a reload.
    await openBoard(ann.page, boards[0]!.title);
    await ann.page.reload();
    await waitConnected(ann.page);
    await new Promise((r) => setTimeout(r, 500));
    expect((await snapshot(ann.page)).boardId).toBe(boards[0]!.id);
  });

  it('Follow me: participants follow the facilitator’s board and view continuously', async () => {
    const followMe = button(facilitator.page, 'Follow me');
    await followMe.click();
    expect(await followMe.getAttribute('aria-pressed')).toBe('true');
    for (const o of [ann, tablet]) await button(o.page, 'Stop following').waitFor();
    await untilSameAsFacilitator(ann.page, 'Ann following');
    await openBoard(facilitator.page, boards[3]!.title);
    await untilSameAsFacilitator(tablet.page, 'the tablet following to another board');
    const lags: number[] = [];
    for (let i = 0; i < 3; i++) {
      await panAndZoom(facilitator.page, 120, -80, i % 2 === 0 ? 1 : -1);
      lags.push(await untilSameAsFacilitator(ann.page, `Ann following pan ${i}`));
    }
    console.log(`follow me: a follower shows the facilitator's new view ${lags.join(', ')} ms after the test sees the facilitator's`);
  });

  it('a participant who pans stops following and can resume; another stops by choice', async () => {
    await panAndZoom(ann.page, 0, 300, 0);
    await button(ann.page, 'Follow').waitFor();
    const annView = await seen(ann.page);
    await panAndZoom(facilitator.page, -250, 0, 1);
    await untilSameAsFacilitator(tablet.page, 'the tablet still following');
    expect(await seen(ann.page)).toEqual(annView);

    await button(ann.page, 'Follow').click();
    await untilSameAsFacilitator(ann.page, 'Ann following again');
    await button(ann.page, 'Stop following').waitFor();

    await button(tablet.page, 'Stop following').click();
    await button(tablet.page, 'Follow').waitFor();
    const tabletView = await seen(tablet.page);
    await panAndZoom(facilitator.page, 100, 100, 0);
    await untilSameAsFacilitator(ann.page, 'Ann following');
    expect(await seen(tablet.page)).toEqual(tabletView);
  });

  it('Follow me off: participants no longer follow; the observer still does', async () => {
    const followMe = button(facilitator.page, 'Follow me');
    await followMe.click();
    expect(await followMe.getAttribute('aria-pressed')).toBe('false');
    for (const o of [ann, tablet]) {
      await button(o.page, 'Stop following').waitFor({ state: 'detached' });
      expect(await button(o.page, 'Follow').count()).toBe(0);
    }
    await panAndZoom(facilitator.page, 50, 50, 1);
    await untilSameAsFacilitator(observer.page, 'the observer');
  });

  it('speaks Dutch to a Dutch browser: "Nu: …" and Niet meer volgen / Volgen', async () => {
    const dutch = await openLink(browser, session.links.observer, { locale: 'nl-BE' });
    try {
      await dutch.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
      await dutch.page.getByText(/^Nu: /).waitFor();
      await button(dutch.page, 'Niet meer volgen').click();
      await button(dutch.page, 'Volgen').waitFor();
      expect(dutch.errors).toEqual([]);
    } finally {
      await dutch.context.close();
    }
  });

  it('fits the facilitator’s controls on a 1024 × 768 tablet, at least 40 px each', async () => {
    await facilitator.page.setViewportSize({ width: 1024, height: 768 });
    for (const name of ['Follow me', 'Bring everyone here', 'Start timer']) {
      const box = (await button(facilitator.page, name).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
    }
    const minutes = (await facilitator.page.getByRole('spinbutton', { name: 'Minutes' }).boundingBox())!;
    expect(minutes.height).toBeGreaterThanOrEqual(40);
    expect(minutes.x + minutes.width).toBeLessThanOrEqual(1024);
  });
});
