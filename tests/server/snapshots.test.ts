// Snapshots and follow-up sessions over the wire: a snapshot keeps the state of the moment, opens
// read-only from its own link (no stock client can change it), exports like the live session and
// survives a restart; a follow-up session carries the outcome data over and links back.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addOutcome,
  boardDocName,
  createItem,
  readAllOutcomes,
  readBoards,
  readSessionMeta,
  type CreateSessionResponse,
  type SessionRecord,
  type SnapshotInfo,
} from '@cocreate/shared';
import { RICH, richSession } from '../helpers/richSession.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, waitFor } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;

function api(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/api/sessions/${session.id}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
}

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
const idOf = (link: string) => new URL(link).pathname.split('/').pop()!;

beforeAll(async () => {
  server = await startServer();
  session = await richSession(server);
});

describe('snapshots', () => {
  let snapshot: SnapshotInfo;

  it('takes a named snapshot and lists it, newest first', async () => {
    const res = await api('/snapshots', session.tokens.facilitator, { method: 'POST', body: JSON.stringify({ name: 'After ideation' }) });
    expect(res.status).toBe(201);
    snapshot = (await res.json()) as SnapshotInfo;
    expect(snapshot.name).toBe('After ideation');
    expect(idOf(snapshot.link)).toBe(snapshot.id);
    await api('/snapshots', session.tokens.facilitator, { method: 'POST', body: JSON.stringify({ name: 'Later' }) });
    const list = (await (await api('/snapshots', session.tokens.facilitator)).json()) as SnapshotInfo[];
    expect(list.map((s) => s.name)).toEqual(['Later', 'After ideation']);
  });

  it('keeps the state of its moment while the session goes on', async () => {
    const board = connectDoc(server, session.id, session.tokens.facilitator);
    const control = connectDoc(server, `${session.id}.control`, session.tokens.facilitator);
    await Promise.all([board.synced, control.synced]);
    createItem(board.doc, { type: 'note', boardId: readBoards(control.doc)[0]!.id, x: 0, y: 0, text: 'Written after the snapshot' });
    const live = connectDoc(server, session.id, session.tokens.observer);
    await waitFor(() => JSON.stringify(live.doc.getMap('items').toJSON()).includes('Written after the snapshot'));
    const frozen = connectDoc(server, boardDocName(snapshot.id), tokenOf(snapshot.link));
    await frozen.synced;
    const texts = JSON.stringify(frozen.doc.getMap('items').toJSON());
    expect(texts).toContain(RICH.winner);
    expect(texts).not.toContain('Written after the snapshot');
    for (const c of [board, control, live, frozen]) c.destroy();
  });

  it('refuses every write to a snapshot, whatever the client does', async () => {
    const token = tokenOf(snapshot.link);
    const info = await fetch(`${server.url}/api/sessions/${snapshot.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await info.json()) as { role: string; snapshot: { name: string } }).snapshot.name).toBe('After ideation');
    const hostile = connectDoc(server, boardDocName(snapshot.id), token);
    await hostile.synced;
    hostile.doc.getMap('items').set('planted', 'x');
    await new Promise((r) => setTimeout(r, 500));
    const check = connectDoc(server, boardDocName(snapshot.id), token);
    await check.synced;
    expect(check.doc.getMap('items').has('planted')).toBe(false);
    // The session's own tokens do not open it; its snapshot link is no facilitator link.
    const other = await fetch(`${server.url}/api/sessions/${snapshot.id}/record`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(other.status).toBe(403);
    hostile.destroy();
    check.destroy();
  });

  it('exports like the live session, and refuses other roles and bad names', async () => {
    const res = await api(`/snapshots/${snapshot.id}/record?format=json`, session.tokens.facilitator);
    expect(res.status).toBe(200);
    const record = (await res.json()) as SessionRecord;
    expect(record.items.some((i) => i.type === 'note' && i.text === RICH.winner)).toBe(true);
    expect(record.assets).toHaveLength(1);
    expect((await api(`/snapshots/${snapshot.id}/record?format=md`, session.tokens.facilitator)).status).toBe(200);
    expect((await api('/snapshots', session.tokens.participant)).status).toBe(403);
    expect((await api('/snapshots', session.tokens.participant, { method: 'POST', body: '{"name":"x"}' })).status).toBe(403);
    expect((await api('/snapshots', session.tokens.facilitator, { method: 'POST', body: '{"name":""}' })).status).toBe(400);
    expect((await api('/snapshots', session.tokens.facilitator, { method: 'POST', body: '{nope' })).status).toBe(400);
    expect((await api('/snapshots/unknown/record', session.tokens.facilitator)).status).toBe(404);
  });

  it('survives a restart of the server', async () => {
    server = await server.restart();
    const list = (await (await api('/snapshots', session.tokens.facilitator)).json()) as SnapshotInfo[];
    expect(list).toHaveLength(2);
    const frozen = connectDoc(server, boardDocName(snapshot.id), tokenOf(list[1]!.link));
    await frozen.synced;
    expect(JSON.stringify(frozen.doc.getMap('items').toJSON())).toContain(RICH.winner);
    frozen.destroy();
  });
});

describe('follow-up sessions', () => {
  it('carries partners, agreements, actions and intended value over, links back and reports both sessions', async () => {
    expect((await api('/follow-up', session.tokens.participant, { method: 'POST', body: '{}' })).status).toBe(403);
    const res = await api('/follow-up', session.tokens.facilitator, {
      method: 'POST',
      body: JSON.stringify({ title: 'Safe routes, six months on' }),
    });
    expect(res.status).toBe(201);
    const next = (await res.json()) as CreateSessionResponse;
    const board = connectDoc(server, next.id, next.tokens.facilitator);
    const control = connectDoc(server, `${next.id}.control`, next.tokens.facilitator);
    await Promise.all([board.synced, control.synced]);
    const carried = readAllOutcomes(board.doc);
    expect(carried.partners.map((p) => p.organisation)).toEqual([RICH.partner]);
    expect(carried.agreements.map((a) => a.title)).toEqual([RICH.agreement]);
    expect(carried.actions.map((a) => [a.what, a.status])).toEqual([[RICH.action, 'in-progress']]);
    expect(carried.addedValue.map((v) => v.description)).toEqual([RICH.value]);
    expect(carried.evaluations).toEqual([]);
    expect(readSessionMeta(control.doc)).toMatchObject({
      previousSessionId: session.id,
      title: 'Safe routes, six months on',
      phase: 'actions',
    });

    // Six months later: the realised value, judged against what was intended.
    addOutcome(board.doc, 'evaluations', {
      valueId: carried.addedValue[0]!.id,
      rating: 5,
      evidence: 'The city adopted the map',
      evaluator: 'Partner',
    });
    await new Promise((r) => setTimeout(r, 300));
    const get = (format: string) =>
      fetch(`${server.url}/api/sessions/${next.id}/record?format=${format}`, {
        headers: { authorization: `Bearer ${next.tokens.facilitator}` },
      });
    const md = (await (await get('md')).text()).replace(/\\(.)/g, '$1');
    expect(md).toContain('The city adopted the map');
    expect(md).toContain(RICH.evidence); // the earlier session's evaluation, across the sessions
    expect(md).toContain('Across the sessions of this project');
    const html = await (await get('html')).text();
    expect(html).toContain('The city adopted the map');
    expect(html).toContain(RICH.evidence);
    expect(html).toMatch(/<svg [^>]*class="chart"/);
    board.destroy();
    control.destroy();
  });
});
