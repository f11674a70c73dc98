// Mouse and keyboard gestures on the board, as a person makes them.
import type { Page } from 'playwright-core';
import type { Item } from '@cocreate/shared';
import { boardItems, canvas, snapshot, toScreen, waitForState } from './app.js';

type Point = { x: number; y: number };

/** Chooses a tool by its button (English name). */
export async function chooseTool(page: Page, name: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name, exact: true }).click();
}

/** Drags with the left button from one page point to another in steps. */
export async function drag(page: Page, from: Point, to: Point, steps = 8): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Adds a note with the Note tool at board point `at`, types `text`, leaves the editor; returns the note. */
export async function addNote(page: Page, at: Point, text: string): Promise<Item> {
  const before = new Set((await snapshot(page)).items.map((i) => i.id));
  await chooseTool(page, 'Note');
  const p = await toScreen(page, at);
  await page.mouse.click(p.x, p.y);
  const editor = page.getByRole('textbox', { name: 'Note text' });
  if (text) {
    await editor.pressSequentially(text);
  }
  await editor.press('Escape');
  const s = await waitForState(
    page,
    (st) => st.items.some((i) => !before.has(i.id) && i.type === 'note' && i.text === text) && st.editingId === null,
    `the new note "${text}"`,
  );
  return s.items.find((i) => !before.has(i.id) && i.type === 'note' && i.text === text)!;
}

/** Focuses the board (without clicking an item), so shortcuts go to it. */
export async function focusBoard(page: Page): Promise<void> {
  await canvas(page).focus();
}

/**
 * Zooms to 100 % (Ctrl+0) and pans with the wheel until the empty board below everything on the
 * board being viewed starts near the canvas' top-left (clear of the tool bar); returns that
 * board point, the origin of a free area about 550 × 650 units.
 */
export async function showEmptyArea(page: Page): Promise<Point> {
  await focusBoard(page);
  await page.keyboard.press('Control+0');
  await waitForState(page, (s) => Math.abs(s.viewport.scale - 1) < 1e-9, '100 % zoom');
  const items = await boardItems(page);
  const origin = { x: Math.min(0, ...items.map((i) => i.x)), y: Math.max(0, ...items.map((i) => i.y + i.height)) + 120 };
  const box = await canvas(page).boundingBox();
  const { viewport } = await snapshot(page);
  const want = { x: 260, y: 80 };
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.wheel(origin.x + viewport.x - want.x, origin.y + viewport.y - want.y);
  await waitForState(
    page,
    (s) => Math.abs(origin.x + s.viewport.x - want.x) < 1 && Math.abs(origin.y + s.viewport.y - want.y) < 1,
    'the pan to the empty area',
  );
  return origin;
}
