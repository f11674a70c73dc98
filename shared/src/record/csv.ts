import { hasText } from '../schema/item.js';
import { indexRecord } from './recordIndex.js';
import type { SessionRecord } from './schema.js';

/** The columns of the items table, in order. */
export const CSV_COLUMNS = [
  'board',
  'type',
  'text',
  'author',
  'frame',
  'cluster',
  'votes',
  'quadrant',
  'x',
  'y',
  'width',
  'height',
  'id',
] as const;

/**
 * One CSV cell (RFC 4180). A text a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, so it is shown, never executed.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The items of a session as CSV: a header and one row per item, boards in list order. */
export function recordToCsv(record: SessionRecord): string {
  const index = indexRecord(record);
  const boardTitle = new Map(record.boards.map((b) => [b.id, b.title]));
  const boardOrder = new Map(record.boards.map((b, i) => [b.id, i]));
  const items = [...record.items].sort((a, b) => (boardOrder.get(a.boardId) ?? 0) - (boardOrder.get(b.boardId) ?? 0));
  const rows = items.map((item) => {
    const text = hasText(item) ? item.text : item.type === 'frame' ? item.title : item.type === 'image' ? item.alt : '';
    return [
      boardTitle.get(item.boardId) ?? '',
      item.type,
      text,
      index.author(item)?.name ?? '',
      index.frameOf(item)?.title ?? '',
      index.clusterOf(item.id)?.name ?? '',
      index.votesOf(item.id),
      index.quadrantOf(item),
      Math.round(item.x),
      Math.round(item.y),
      Math.round(item.width),
      Math.round(item.height),
      item.id,
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
