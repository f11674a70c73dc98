// One server process on PostgreSQL (DATABASE_URL), over the wire as a stock client sees it: what
// it was sent survives kill -9; while the database is unreachable an edit is neither relayed nor
// acknowledged, and once it is back the client's edit arrives; /healthz and /readyz tell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, readBoards } from '@cocreate/shared';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, waitFor } from '../helpers/yclient.js';

let pg: TestPostgres;
let server: TestServer;

beforeAll(async () => {
  pg = await startPostgres();
  server = await startServer({ env: { DATABASE_URL: pg.url } });
});

afterAll(async () => {
  await server.stop();
  await pg.destroy();
});

const texts = (doc: import('yjs').Doc) => JSON.stringify(doc.getMap('items').toJSON());

describe('a server on PostgreSQL', () => {
  it('keeps every edit a client was sent through kill -9 of the server', async () => {
    const session = await createSession(server, 'On PostgreSQL');
    const control = connectDoc(server, `${session.id}.control`, session.tokens.facilitator);
    const writer = connectDoc(server, session.id, session.tokens.participant);
    const reader = connectDoc(server, session.id, session.tokens.observer);
    await Promise.all([control.synced, writer.synced, reader.synced]);
    const boardId = readBoards(control.doc)[0]!.id;
    for (let i = 0; i < 20; i++) createItem(writer.doc, { type: 'note', boardId, x: i * 220, y: 0, text: `pg note ${i}` });
    await waitFor(() => texts(reader.doc).includes('pg note 19'), 5_000, 'the notes relayed');
    await server.kill9();
    for (const c of [control, writer, reader]) c.destroy();
    server = await server.restart();
    const fresh = connectDoc(server, session.id, session.tokens.observer);
    await fresh.synced;
    for (let i = 0; i < 20; i++) expect(texts(fresh.doc)).toContain(`pg note ${i}`);
    fresh.destroy();
  });

  it('refuses edits while PostgreSQL is unreachable, says so, and takes them once it is back', async () => {
    const session = await createSession(server, 'Database away');
    const control = connectDoc(server, `${session.id}.control`, session.tokens.facilitator);
    const writer = connectDoc(server, session.id, session.tokens.participant);
    const reader = connectDoc(server, session.id, session.tokens.observer);
    await Promise.all([control.synced, writer.synced, reader.synced]);
    const boardId = readBoards(control.doc)[0]!.id;
    expect(await (await fetch(`${server.url}/healthz`)).text()).toContain('postgres: reachable');

    await pg.kill();
    createItem(writer.doc, { type: 'note', boardId, x: 0, y: 0, text: 'written while the database was away' });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(texts(reader.doc)).not.toContain('written while the database was away'); // never relayed unstored
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toContain('postgres: unreachable');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);

    await pg.start();
    await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200, 15_000, 'ready again');
    // The clients reconnect on their own; the writer's edit travels in its next sync.
    await waitFor(() => texts(reader.doc).includes('written while the database was away'), 20_000, 'the edit after the database came back');
    const fresh = connectDoc(server, session.id, session.tokens.observer);
    await fresh.synced;
    expect(texts(fresh.doc)).toContain('written while the database was away');
    for (const c of [control, writer, reader, fresh]) c.destroy();
  }, 60_000);
});
