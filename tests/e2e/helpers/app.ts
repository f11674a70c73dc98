// Reading the app's state in a page through its read-only test hook (`window.__cocreate`), and
// turning board coordinates into the screen points a mouse must go to.
import type { Page } from 'playwright-core';
import type { Item } from '@cocreate/shared';

/** What a test reads of the store (plain JSON: Maps and Sets become arrays). */
export interface AppSnapshot {
  items: Item[];
  selectedIds: string[];
  editingId: string | null;
  tool: string;
  role: string | null;
  boardId: string | null;
  boards: { id: string; title: string }[];
  viewport: { x: number; y: number; scale: number };
  connection: string;
  participants: { id: string; name: string; organisation: string; group: string; role: string }[];
  presence: { participantId: string; name: string; color: string; cursor: { x: number; y: number } | null; selection: string[] }[];
}

/** The store of the page, as plain data. */
export function snapshot(page: Page): Promise<AppSnapshot> {
  return page.evaluate(() => {
    type Hook = { store: { getState(): Record<string, unknown> } };
    const s = (window as unknown as { __cocreate: Hook }).__cocreate.store.getState();
    return JSON.parse(
      JSON.stringify({
        items: [...(s.items as Map<string, unknown>).values()],
        selectedIds: [...(s.selectedIds as Set<string>)],
        editingId: s.editingId,
        tool: s.tool,
        role: s.role,
        boardId: s.boardId,
        boards: s.boards,
        viewport: s.viewport,
        connection: s.connection,
        participants: s.participants,
        presence: s.presence,
      }),
    ) as never;
  });
}

/** The items of the board being viewed in the page. */
export async function boardItems(page: Page): Promise<Item[]> {
  const s = await snapshot(page);
  return s.items.filter((i) => i.boardId === s.boardId);
}

/** Polls the page's store until `predicate` holds; returns that snapshot. */
export async function waitForState(
  page: Page,
  predicate: (s: AppSnapshot) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<AppSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await snapshot(page);
    if (predicate(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The page's item with `id`, waiting until `predicate` holds for it. */
export async function waitForItem(page: Page, id: string, predicate: (item: Item) => boolean, what: string): Promise<Item> {
  const s = await waitForState(page, (st) => st.items.some((i) => i.id === id && predicate(i)), what);
  return s.items.find((i) => i.id === id)!;
}

/** The canvas (`application` "Board"). */
export function canvas(page: Page) {
  return page.getByRole('application', { name: /^(Board|Bord)$/ });
}

/** The page point (for page.mouse) where board point `p` is drawn. */
export async function toScreen(page: Page, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the canvas is not visible');
  const { viewport } = await snapshot(page);
  return { x: box.x + p.x * viewport.scale + viewport.x, y: box.y + p.y * viewport.scale + viewport.y };
}

/** The page point at the centre of an item. */
export function itemCentre(page: Page, item: Pick<Item, 'x' | 'y' | 'width' | 'height'>) {
  return toScreen(page, { x: item.x + item.width / 2, y: item.y + item.height / 2 });
}

/** A free board point in view: the canvas point at fractions (fx, fy) of its size, in board units. */
export async function boardPointAt(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the canvas is not visible');
  const { viewport } = await snapshot(page);
  return { x: (box.width * fx - viewport.x) / viewport.scale, y: (box.height * fy - viewport.y) / viewport.scale };
}
