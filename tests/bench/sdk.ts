// The SDK's own cost: what one local edit costs on a board of 1,000 and of 10,000 notes (with a
// connector per ten notes), in microseconds, and the ratio between the two sizes (≈ 1: the cost
// does not grow with the board). Plain Node, no server.
//   pnpm bench:sdk [--ops 300]
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { createItem, createItems, deleteItems, getItem, moveItems, readItems, updateItem, type NewItem } from '@cocreate/shared';
import { median, percentile, printTable } from './report.js';

const { values } = parseArgs({ options: { ops: { type: 'string', default: '200' } } });
const OPS = Number(values.ops);

function board(notes: number): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const inputs: NewItem[] = Array.from({ length: notes }, (_, i) => ({
    type: 'note',
    boardId: 'b1',
    x: (i % 100) * 220,
    y: Math.floor(i / 100) * 220,
    text: `Note ${i}`,
  }));
  const ids = createItems(doc, inputs);
  const links: NewItem[] = [];
  for (let i = 0; i + 1 < notes; i += 10) links.push({ type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: ids[i]!, toId: ids[i + 1]! });
  createItems(doc, links);
  readItems(doc); // as a client does once when it opens the board
  return { doc, ids };
}

function p95(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.95,
  );
}

let runs = 0;

/** Microseconds of each of `OPS` runs of `op`; each run gets a number of its own (also across calls). */
function time(op: (i: number) => void): number[] {
  const out: number[] = [];
  for (let n = 0; n < OPS; n++) {
    const i = runs++ % 900;
    const start = process.hrtime.bigint();
    op(i);
    out.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return out;
}

type Case = [name: string, run: (doc: Y.Doc, ids: string[]) => number[]];
const CASES: Case[] = [
  ['createItem', (doc) => time((i) => createItem(doc, { type: 'note', boardId: 'b1', x: i, y: -300 }))],
  ['moveItems (note with a connector)', (doc, ids) => time((i) => moveItems(doc, [ids[(i * 10) % ids.length]!], 1, 0))],
  ['updateItem (colour)', (doc, ids) => time((i) => updateItem(doc, ids[i]!, { color: i % 2 ? 'blue' : 'pink' }))],
  ['deleteItems (a note)', (doc, ids) => time((i) => deleteItems(doc, [ids[ids.length - 1 - i]!]))],
  ['getItem', (doc, ids) => time((i) => getItem(doc, ids[i]!))],
  ['readItems (all, after edits)', (doc) => time(() => readItems(doc)).slice(0, 20)],
];

const sizes = [1_000, 10_000];
const medians: Record<string, number[]> = {};
const p95s: Record<string, number[]> = {};
for (const size of sizes) {
  const { doc, ids } = board(size);
  for (const [name, run] of CASES) {
    run(doc, ids); // warm up
    const figures = run(doc, ids);
    medians[name] = [...(medians[name] ?? []), median(figures)];
    p95s[name] = [...(p95s[name] ?? []), p95(figures)];
  }
}
const rows = (figures: Record<string, number[]>) =>
  Object.fromEntries(Object.entries(figures).map(([name, [small, large]]) => [name, [small!, large!, large! / small!]]));
printTable(`SDK operation cost, median µs per op (${OPS} ops)`, ['1,000 notes', '10,000 notes', 'ratio 10k / 1k'], rows(medians), false);
printTable('SDK operation cost, p95 µs per op', ['1,000 notes', '10,000 notes', 'ratio 10k / 1k'], rows(p95s), false);
