// One headless Chromium per test file, and pages opened on a session link as a given person.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Who joins: the join form's fields, and the browser's language. */
export interface Person {
  name?: string;
  organisation?: string;
  group?: string;
  /** Browser locale (`en-GB`, `nl-BE`); the app picks its language from it. */
  locale?: string;
  /** How far this device's clock is off (ms; Playwright's clock API), like a tablet set wrong. */
  clockSkewMs?: number;
  /** Window size (default 1280 × 800). */
  viewport?: { width: number; height: number };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the page; a test ends by asserting there were none. */
  errors: string[];
}

/** The screen a page is opened on: its size, and whether it is a touch device. */
export interface Device {
  viewport: { width: number; height: number };
  hasTouch?: boolean;
  isMobile?: boolean;
}

/** A laptop. */
export const DESKTOP: Device = { viewport: { width: 1280, height: 800 } };
/** A school tablet in landscape, used with fingers. */
export const TABLET: Device = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true };
/** A phone in portrait. */
export const PHONE: Device = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** The facilitator of the e2e sessions, a lecturer. */
export const FIEN: Person = { name: 'Fien Claes', organisation: 'Howest', group: 'Lecturers' };
/** A partner from a company. */
export const ANN: Person = { name: 'Ann Peeters', organisation: 'Acme', group: 'Company' };
/** A partner from the city, a client. */
export const BOB: Person = { name: 'Bob Maes', organisation: 'City', group: 'Clients' };

/** Waits until the page's status says it is connected to the server. */
export async function waitConnected(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}

/** A fresh browser context (its own storage, like another device) with one page on `link`, not yet joined. */
export async function openLink(browser: Browser, link: string, person: Person = {}, device: Device = DESKTOP): Promise<OpenedPage> {
  const context = await browser.newContext({ ...device, viewport: person.viewport ?? device.viewport, locale: person.locale ?? 'en-GB' });
  if (person.clockSkewMs) await context.clock.install({ time: Date.now() + person.clockSkewMs });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(link);
  return { context, page, errors };
}

/** Opens `link` and fills in the join form as `person` (English UI), waiting until connected. */
export async function joinAs(browser: Browser, link: string, person: Person, device: Device = DESKTOP): Promise<OpenedPage> {
  const opened = await openLink(browser, link, person, device);
  await fillJoinForm(opened.page, person);
  return opened;
}

/** Fills in and submits the join form (English names), then waits for the connection and the board. */
export async function fillJoinForm(page: Page, person: Person): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Join session' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(person.name ?? '');
  await dialog.getByRole('textbox', { name: 'Organisation' }).fill(person.organisation ?? '');
  await dialog.getByRole('combobox', { name: 'Stakeholder group' }).fill(person.group ?? '');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await waitConnected(page);
  // The board's code loads lazily, so it may follow the connection by a moment.
  await page.getByRole('application', { name: 'Board' }).waitFor();
}
