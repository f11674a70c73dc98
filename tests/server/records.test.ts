// Session records over HTTP, as a facilitator's script or the web app's Export menu uses them:
// a session holding everything is exported, imported as a new session and exported again, equal
// apart from ids and times; the reports and the CSV hold the real content; bad records are refused
// with a 400 (or 413) that says what is wrong.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CreateSessionResponse, type SessionRecord } from '@cocreate/shared';
import { RICH, richSession } from '../helpers/richSession.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let session: CreateSessionResponse;
let exported: SessionRecord;

async function record(id: string, token: string, format = 'json'): Promise<Response> {
  return fetch(`${server.url}/api/sessions/${id}/record?format=${format}`, { headers: { authorization: `Bearer ${token}` } });
}

async function importRecord(body: string | Buffer): Promise<Response> {
  return fetch(`${server.url}/api/sessions/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
}

/** A record without what legitimately differs after an import: ids of the session and its images, times of export. */
function comparable(r: SessionRecord): Omit<SessionRecord, 'exportedAt'> {
  const { exportedAt: _exported, ...rest } = r;
  const assetIds = new Map(r.assets.map((a, i) => [a.id, `asset-${i}`]));
  return {
    ...rest,
    session: { ...r.session, id: 'session' },
    items: r.items.map((i) => (i.type === 'image' ? { ...i, assetId: assetIds.get(i.assetId) ?? i.assetId } : i)),
    assets: r.assets.map((a) => ({ ...a, id: assetIds.get(a.id)! })),
  };
}

beforeAll(async () => {
  server = await startServer();
  session = await richSession(server);
  const res = await record(session.id, session.tokens.facilitator);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="Safe-routes-to-school-\d{4}-\d\d-\d\d\.json"/);
  exported = (await res.json()) as SessionRecord;
});

describe('session records', () => {
  it('exports every part of the session as JSON', () => {
    expect(exported.version).toBe(2);
    expect(new Set(exported.items.map((i) => i.type))).toEqual(new Set(['note', 'text', 'shape', 'connector', 'frame', 'stroke', 'image']));
    expect(exported.comments.map((c) => c.text)).toEqual([RICH.comment]);
    expect(exported.clusters.map((c) => c.name)).toEqual([RICH.cluster]);
    expect(exported.votes).toHaveLength(1);
    expect(Object.values(exported.votes[0]!.totals).sort()).toEqual([1, 2]);
    expect(exported.participants.map((p) => p.name)).toContain(RICH.participant);
    expect(exported.partners.map((p) => p.organisation)).toEqual([RICH.partner]);
    expect(exported.agreements.map((a) => a.title)).toEqual([RICH.agreement]);
    expect(exported.actions.map((a) => [a.what, a.status])).toEqual([[RICH.action, 'in-progress']]);
    expect(exported.addedValue.map((v) => v.description)).toEqual([RICH.value]);
    expect(exported.evaluations.map((e) => e.evidence)).toEqual([RICH.evidence]);
    const runnerUp = exported.items.find((i) => i.type === 'note' && i.text === RICH.runnerUp)!;
    expect(exported.control.locks).toContain(runnerUp.id);
    expect(exported.control.timer?.durationMs).toBe(600_000);
    expect(exported.control.voting?.active).toBe(false);
    expect(exported.assets).toHaveLength(1);
  });

  it('round-trips: export, import, export again gives the same record apart from ids and times', async () => {
    const res = await importRecord(JSON.stringify(exported));
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreateSessionResponse;
    expect(created.id).not.toBe(session.id);
    expect(created.links.facilitator).toContain(`/s/${created.id}#token=`);
    const again = (await (await record(created.id, created.tokens.facilitator)).json()) as SessionRecord;
    const [a, b] = [comparable(exported), comparable(again)];
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect(b[key], key).toEqual(a[key]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    // The image came along as an asset of the new session.
    const image = again.items.find((i) => i.type === 'image')!;
    const bytes = await fetch(
      `${server.url}/api/sessions/${created.id}/assets/${image.type === 'image' ? image.assetId : ''}?token=${created.tokens.observer}`,
    );
    expect(bytes.status).toBe(200);
  });

  it('writes a Markdown report with every section and the real content', async () => {
    const res = await record(session.id, session.tokens.facilitator, 'md');
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    const md = await res.text();
    for (const heading of [
      '## Challenge',
      '## Partners',
      '### Agreements',
      '## Boards',
      '## Vote results',
      '## Impact and effort',
      '## Decisions',
      '## Action plan',
      '## Intended added value per stakeholder group',
      '## Evaluation: intended against realised value',
      '## Comments',
      '## Participants',
    ])
      expect(md).toContain(heading);
    for (const board of exported.boards) expect(md).toContain(`### ${board.title.replace(/[-.()!#+&]/g, (c) => `\\${c}`)}`);
    const plain = md.replace(/\\(.)/g, '$1');
    for (const text of [
      RICH.partner,
      RICH.agreement,
      RICH.action,
      RICH.value,
      RICH.evidence,
      RICH.comment,
      RICH.participant,
      RICH.winner,
      RICH.cluster,
    ])
      expect(plain).toContain(text);
    expect(plain).toMatch(new RegExp(`1\\. ${RICH.winner}.*: 2 votes\\n2\\. ${RICH.runnerUp}.*: 1 vote\\n`));
  });

  it('writes CSV with one row per item, formulas neutralised', async () => {
    const res = await record(session.id, session.tokens.facilitator, 'csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(exported.items.length);
    // An id starting with '-' is neutralised like any other cell.
    expect(new Set(rows.map((r) => r.id!.replace(/^'-/, '-')))).toEqual(new Set(exported.items.map((i) => i.id)));
    const hostile = rows.find((r) => r.text!.includes('cmd|'))!;
    expect(hostile.text).toBe(`'${RICH.injection}`);
    const winner = rows.find((r) => r.text === RICH.winner)!;
    expect([winner.votes, winner.cluster, winner.author, winner.type]).toEqual(['2', RICH.cluster, RICH.participant, 'note']);
  });

  it('writes a self-contained HTML report with one picture per board', async () => {
    const html = await (await record(session.id, session.tokens.facilitator, 'html')).text();
    expect(html.match(/<svg [^>]*class="board"/g)).toHaveLength(exported.boards.length);
    expect(html).not.toMatch(/<script|src="http|href="http/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('refuses other roles and unknown formats', async () => {
    expect((await record(session.id, session.tokens.participant)).status).toBe(403);
    expect((await record(session.id, session.tokens.observer)).status).toBe(403);
    expect((await fetch(`${server.url}/api/sessions/${session.id}/record`)).status).toBe(401);
    const bad = await record(session.id, session.tokens.facilitator, 'pdf');
    expect(bad.status).toBe(400);
  });

  it('refuses bad records with a 400 that says what is wrong', async () => {
    const json = JSON.stringify(exported);
    const cases: [string, string | Buffer, RegExp][] = [
      ['truncated', json.slice(0, json.length / 2), /not valid JSON/],
      ['wrong version', JSON.stringify({ ...exported, version: 99 }), /version 99.*newer/],
      ['foreign JSON', JSON.stringify({ hello: 'world' }), /not a session record/],
      [
        'item on an unknown board',
        JSON.stringify({ ...exported, items: [{ ...exported.items[0]!, boardId: 'nowhere' }] }),
        /unknown board nowhere/,
      ],
      ['bad field', JSON.stringify({ ...exported, items: [{ ...exported.items[0]!, x: 'left' }] }), /items\.0\.x/],
      [
        'not an image',
        JSON.stringify({ ...exported, assets: [{ ...exported.assets[0]!, data: Buffer.from('<svg/>').toString('base64') }] }),
        /assets\.0 is not/,
      ],
    ];
    for (const [what, body, message] of cases) {
      const res = await importRecord(body);
      expect(res.status, what).toBe(400);
      expect(((await res.json()) as { error: string }).error, what).toMatch(message);
    }
  });

  it('refuses a 50 MB record with 413 without reading it all', async () => {
    const started = Date.now();
    const res = await importRecord(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(res.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('migrates a version 1 record (before outcome data)', async () => {
    const { control: _c, partners: _p, agreements: _a, actions: _x, addedValue: _v, evaluations: _e, assets: _s, ...v1 } = exported;
    const items = v1.items.filter((i) => i.type !== 'image');
    const res = await importRecord(JSON.stringify({ ...v1, items, version: 1 }));
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreateSessionResponse;
    const again = (await (await record(created.id, created.tokens.facilitator)).json()) as SessionRecord;
    expect(again.items).toHaveLength(items.length);
    expect(again.actions).toEqual([]);
  });
});
