// The outcome panels in the browser: an action added through the Action plan form by a facilitator
// shows up in a participant's table, whose change of status comes back; added value and its
// evaluation side by side; the partners panel; observers read the tables without inputs; Dutch names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { CreateSessionResponse } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { toScreen } from './helpers/app.js';
import { joinAs, launchBrowser, openLink, type OpenedPage } from './helpers/browser.js';
import { addNote, showEmptyArea } from './helpers/draw.js';

let server: TestServer;
let browser: Browser;
let session: CreateSessionResponse;
let fien: OpenedPage;
let sara: OpenedPage;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  session = await createSession(server, 'Outcomes');
  fien = await joinAs(browser, session.links.facilitator, { name: 'Fien', organisation: 'School' });
  sara = await joinAs(browser, session.links.participant, { name: 'Sara', organisation: 'City of Ghent', group: 'government' });
});

afterAll(async () => {
  await browser?.close();
});

describe('outcome panels', () => {
  it('adds an action through the form that another participant sees, and brings their status change back', async () => {
    await fien.page.getByRole('button', { name: 'Action plan', exact: true }).click();
    const panel = fien.page.getByRole('dialog', { name: 'Action plan' });
    await panel.getByRole('textbox', { name: 'What' }).fill('Test the route with 10 students');
    await panel.getByRole('textbox', { name: 'Who' }).fill('Sara');
    await panel.getByRole('textbox', { name: 'By when' }).fill('2027-03-15');
    await panel.getByRole('combobox', { name: 'Status', exact: true }).selectOption('in-progress');
    await panel.getByRole('button', { name: 'Add action' }).click();
    await panel.getByRole('cell', { name: 'Test the route with 10 students', exact: true }).waitFor();

    await sara.page.getByRole('button', { name: 'Action plan', exact: true }).click();
    const hers = sara.page.getByRole('dialog', { name: 'Action plan' });
    const row = hers.getByRole('row').filter({ hasText: 'Test the route with 10 students' });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Sara', '2027-03-15']));
    await hers.getByRole('combobox', { name: 'Progress of Test the route with 10 students' }).selectOption('done');
    await expect.poll(() => panel.getByRole('combobox', { name: 'Progress of Test the route with 10 students' }).inputValue()).toBe('done');
  });

  it('turns a selected note into an action linked to it', async () => {
    const page = sara.page;
    await page.getByRole('dialog', { name: 'Action plan' }).getByRole('button', { name: 'Close' }).click();
    const at = await showEmptyArea(page);
    const note = await addNote(page, { x: at.x + 100, y: at.y + 100 }, 'Ask the city for data');
    const centre = await toScreen(page, { x: note.x + note.width / 2, y: note.y + note.height / 2 });
    await page.mouse.click(centre.x, centre.y);
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Make action' }).click();
    const panel = page.getByRole('dialog', { name: 'Action plan' });
    await panel.getByRole('cell', { name: 'Ask the city for data', exact: true }).waitFor();
    await fien.page
      .getByRole('dialog', { name: 'Action plan' })
      .getByRole('cell', { name: 'Ask the city for data', exact: true })
      .waitFor();
  });

  it('keeps intended and realised value side by side', async () => {
    // Nothing to evaluate yet: the Evaluation panel leads to where the intended value is added.
    await fien.page.getByRole('button', { name: 'Evaluation', exact: true }).click();
    await fien.page.getByRole('dialog', { name: 'Evaluation' }).getByRole('button', { name: 'Open Added value' }).click();
    const value = fien.page.getByRole('dialog', { name: 'Added value', exact: true });
    await value.getByRole('textbox', { name: 'Stakeholder group' }).fill('students');
    await value.getByRole('combobox', { name: 'Category' }).selectOption('education');
    await value.getByRole('textbox', { name: 'Added value' }).fill('Students work with a real client');
    await value.getByRole('textbox', { name: 'Success factors (one per line)' }).fill('A contact at the city\nTime in the timetable');
    await value.getByRole('textbox', { name: 'Risk', exact: true }).fill('Exams');
    await value.getByRole('textbox', { name: 'Mitigation' }).fill('Plan around them');
    await value.getByRole('button', { name: 'Add added value' }).click();
    await value.getByRole('cell', { name: 'A contact at the city; Time in the timetable', exact: true }).waitFor();

    await sara.page.getByRole('button', { name: 'Evaluation', exact: true }).click();
    const evaluation = sara.page.getByRole('dialog', { name: 'Evaluation' });
    const entry = evaluation.getByRole('region', { name: 'Students work with a real client' });
    await entry.getByText('Not evaluated yet').waitFor();
    await entry.getByRole('combobox', { name: 'Rating (1–5)' }).selectOption('4');
    await entry.getByRole('textbox', { name: 'Evidence' }).fill('Three reports used by the city');
    await entry.getByRole('textbox', { name: 'Evaluator' }).fill('Sara');
    await entry.getByRole('button', { name: 'Add evaluation' }).click();
    await fien.page.getByRole('button', { name: 'Evaluation', exact: true }).click();
    const hers = fien.page.getByRole('dialog', { name: 'Evaluation' }).getByRole('region', { name: 'Students work with a real client' });
    await hers.getByText('Mean rating 4.0 of 5').waitFor();
    await hers.getByText(/4\/5 on .* by Sara: Three reports used by the city/).waitFor();
    await hers.getByText('Intended for students').waitFor();
  });

  it('records partners and agreements', async () => {
    await fien.page.getByRole('button', { name: 'Partners', exact: true }).click();
    const panel = fien.page.getByRole('dialog', { name: 'Partners' });
    await panel.getByRole('textbox', { name: 'Organisation' }).fill('Fietsersbond');
    await panel.getByRole('textbox', { name: 'Interests' }).fill('Safer cycling');
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByRole('cell', { name: 'Fietsersbond', exact: true }).waitFor();
    await panel.getByRole('textbox', { name: 'Agreement' }).fill('No student names in publications');
    await panel.getByRole('checkbox', { name: 'NDA' }).check();
    await panel.getByRole('button', { name: 'Add agreement' }).click();
    await panel.getByText(/No student names in publications · NDA: yes/).waitFor();
  });

  it('lets an observer read the tables but not edit them', async () => {
    const projector = await openLink(browser, session.links.observer);
    await projector.page.getByRole('button', { name: 'Action plan', exact: true }).click();
    const panel = projector.page.getByRole('dialog', { name: 'Action plan' });
    await panel.getByRole('cell', { name: 'Test the route with 10 students', exact: true }).waitFor();
    expect(await panel.getByRole('textbox', { name: 'What' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Add action' }).count()).toBe(0);
    expect(await panel.getByRole('combobox', { name: 'Progress of Test the route with 10 students' }).isDisabled()).toBe(true);
    await projector.context.close();
  });

  it('names the panels in Dutch', async () => {
    const page = fien.page;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    for (const name of ['Actieplan', 'Meerwaarde', 'Evaluatie']) await page.getByRole('button', { name, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Actieplan', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Actieplan' });
    for (const name of ['Wat', 'Wie', 'Tegen wanneer']) await panel.getByRole('textbox', { name, exact: true }).waitFor();
    await panel.getByRole('combobox', { name: 'Status', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Actie toevoegen' }).waitFor();
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    expect([...fien.errors, ...sara.errors]).toEqual([]);
  });
});
