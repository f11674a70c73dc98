// Session records of a 10,000-note session: export in each format and import, in milliseconds
// (medians of --runs), with the goals beside them (JSON and CSV ≤ 200 ms, HTML with pictures
// ≤ 1 s). In-process, with the server's own renderers; the HTTP route adds only sending the bytes.
//   pnpm bench:records [--notes 10000] [--runs 5]
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import {
  addComment,
  addOutcome,
  buildRecord,
  createCluster,
  createItems,
  initSession,
  parseRecord,
  readBoards,
  recordToCsv,
  restoreRecord,
  writeVoteResult,
  type NewItem,
  type SessionRecord,
} from '@cocreate/shared';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/serverProcess.js';
import { median, printTable } from './report.js';

type Render = (record: SessionRecord) => string;
// The server's renderers as built (the bench runs after pnpm build), as the HTTP route calls them.
const built = (file: string) => import(pathToFileURL(`${REPO_ROOT}/server/dist/records/${file}`).href);
const { renderHtmlReport } = (await built('html.js')) as { renderHtmlReport: Render };
const { renderMarkdownReport } = (await built('markdown.js')) as { renderMarkdownReport: Render };

const { values } = parseArgs({ options: { notes: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } });
const NOTES = Number(values.notes);

/** A session as a big workshop leaves it: notes of three lines on the first board, connectors, frames, comments, clusters, a round of votes, outcome data. */
function bigSession(): { board: Y.Doc; control: Y.Doc } {
  const board = new Y.Doc();
  const control = new Y.Doc();
  initSession(control, board, { title: 'Big workshop', language: 'en' });
  const boardId = readBoards(control)[0]!.id;
  const notes: NewItem[] = Array.from({ length: NOTES }, (_, i) => ({
    type: 'note',
    boardId,
    x: 3000 + (i % 100) * 220,
    y: Math.floor(i / 100) * 220,
    text: `Idea ${i + 1}\nOwner ${(i * 31) % 97}\nStep ${i % 5}`,
  }));
  const ids = createItems(board, notes);
  const extra: NewItem[] = [];
  for (let i = 0; i + 1 < NOTES; i += 20) extra.push({ type: 'connector', boardId, x: 0, y: 0, fromId: ids[i]!, toId: ids[i + 1]! });
  for (let f = 0; f < 50; f++)
    extra.push({
      type: 'frame',
      boardId,
      x: 2990 + (f % 10) * 2200,
      y: Math.floor(f / 10) * 4400,
      width: 2200,
      height: 4400,
      title: `Theme ${f + 1}`,
    });
  createItems(board, extra);
  for (let c = 0; c < 200; c++) addComment(board, { itemId: ids[c * 50]!, authorId: 'p1', authorName: 'Ann', text: `Comment ${c}` });
  for (let c = 0; c < 100; c++) createCluster(board, { boardId, name: `Cluster ${c}`, noteIds: ids.slice(c * 20, c * 20 + 10) });
  writeVoteResult(board, {
    roundId: 'r1',
    boardId,
    endedAt: Date.now(),
    votesPerParticipant: 5,
    onePerNote: false,
    voters: 30,
    totals: Object.fromEntries(ids.slice(0, 150).map((id, i) => [id, (i % 5) + 1])),
  });
  for (let a = 0; a < 30; a++) addOutcome(board, 'actions', { what: `Action ${a}`, who: 'Sara', status: 'open' });
  for (let v = 0; v < 10; v++)
    addOutcome(board, 'addedValue', { group: `group ${v % 4}`, category: 'education', description: `Value ${v}` });
  return { board, control };
}

function time<T>(fn: () => T): { ms: number; out: T } {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
}

const { board, control } = bigSession();
const rows: Record<string, number[][]> = { json: [], csv: [], md: [], html: [], import: [] };
let sizes: Record<string, number> = {};
for (let run = 0; run < Number(values.runs); run++) {
  const json = time(() => JSON.stringify(buildRecord(board, control, { sessionId: 'bench' })));
  const record = buildRecord(board, control, { sessionId: 'bench' });
  const csv = time(() => recordToCsv(record));
  const md = time(() => renderMarkdownReport(record));
  const html = time(() => renderHtmlReport(record));
  const imported = time(() => {
    const docs = { board: new Y.Doc(), control: new Y.Doc() };
    restoreRecord(parseRecord(JSON.parse(json.out)), docs);
    return Y.encodeStateAsUpdate(docs.board).length;
  });
  rows.json!.push([json.ms]);
  rows.csv!.push([csv.ms]);
  rows.md!.push([md.ms]);
  rows.html!.push([html.ms]);
  rows.import!.push([imported.ms]);
  sizes = { json: json.out.length, csv: csv.out.length, md: md.out.length, html: html.out.length, import: imported.out };
}
const goal = { json: 200, csv: 200, md: Number.NaN, html: 1000, import: Number.NaN } as Record<string, number>;
printTable(
  `Session record of ${NOTES} notes (+${Math.floor(NOTES / 20)} connectors, 50 frames, 200 comments, 100 clusters, a vote round); medians of ${values.runs} runs`,
  ['ms', 'goal ms', 'MB out'],
  Object.fromEntries(
    Object.entries(rows).map(([k, r]) => [
      k === 'import' ? 'import (parse, validate, restore, encode)' : `export ${k}`,
      [median(r.map((x) => x[0]!)), goal[k]!, sizes[k]! / 1e6],
    ]),
  ),
  false,
);
