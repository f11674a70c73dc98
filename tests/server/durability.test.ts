// Whatever the server relayed or sent is durable: it survives SIGKILL the moment after.
import { describe, expect, it } from 'vitest';
import { createItem, readItems } from '@cocreate/shared';
import { docState } from '../helpers/docState.js';
import { createSession, startServer } from '../helpers/server.js';
import { connectDoc, waitFor } from '../helpers/yclient.js';

const noteIds = (doc: Parameters<typeof readItems>[0], boardId: string) => new Set(readItems(doc, boardId).map((i) => i.id));

describe('durability', () => {
  it('an update B received survives a SIGKILL right after, and a new client sees it', async () => {
    let server = await startServer();
    const s = await createSession(server);
    const a = connectDoc(server, s.id, s.tokens.participant);
    const b = connectDoc(server, s.id, s.tokens.participant);
    await Promise.all([a.synced, b.synced]);

    const id = createItem(a.doc, { type: 'note', boardId: 'dur', x: 1, y: 2, text: 'survives kill -9' });
    await waitFor(() => noteIds(b.doc, 'dur').has(id), 5_000, 'B to receive the note');
    await server.kill9();
    a.destroy();
    b.destroy();

    server = await server.restart();
    const c = connectDoc(server, s.id, s.tokens.observer);
    await c.synced;
    expect(readItems(c.doc, 'dur')).toEqual([expect.objectContaining({ id, text: 'survives kill -9', x: 1, y: 2 })]);
    c.destroy();
    await server.stop();
  });

  it('200 updates from several clients, all received, all survive a SIGKILL (with compactions in between)', async () => {
    let server = await startServer({ env: { COMPACT_EVERY: '16' } });
    const s = await createSession(server);
    const writers = Array.from({ length: 4 }, () => connectDoc(server, s.id, s.tokens.participant));
    const watcher = connectDoc(server, s.id, s.tokens.observer);
    await Promise.all([...writers, watcher].map((c) => c.synced));

    writers.forEach((w, i) => {
      for (let k = 0; k < 50; k++) createItem(w.doc, { type: 'note', boardId: 'many', x: k, y: i, text: `${i}/${k}` });
    });
    await waitFor(() => noteIds(watcher.doc, 'many').size === 200, 20_000, 'the watcher to receive 200 notes');
    const before = docState(watcher.doc);
    await server.kill9();
    for (const c of [...writers, watcher]) c.destroy();

    server = await server.restart();
    const after = connectDoc(server, s.id, s.tokens.observer);
    await after.synced;
    expect(noteIds(after.doc, 'many').size).toBe(200);
    expect(docState(after.doc)).toBe(before);
    after.destroy();
    await server.stop();
  });

  it('a SIGKILL in the middle of a stream of writes loses nothing any client had received', async () => {
    let server = await startServer({ env: { COMPACT_EVERY: '10' } });
    const s = await createSession(server);
    const writer = connectDoc(server, s.id, s.tokens.participant);
    const watcher = connectDoc(server, s.id, s.tokens.observer);
    await Promise.all([writer.synced, watcher.synced]);

    let k = 0;
    const timer = setInterval(() => createItem(writer.doc, { type: 'note', boardId: 'stream', x: k, y: 0, text: String(k++) }), 2);
    await waitFor(() => noteIds(watcher.doc, 'stream').size >= 60, 20_000, 'the watcher to receive 60 notes');
    await server.kill9();
    clearInterval(timer);
    // Everything the server sent before it died has arrived by now (the socket is gone).
    await waitFor(() => !watcher.provider.wsconnected, 5_000, 'the watcher to see the server go');
    const received = noteIds(watcher.doc, 'stream');
    writer.destroy();
    watcher.destroy();

    server = await server.restart();
    const after = connectDoc(server, s.id, s.tokens.observer);
    await after.synced;
    const stored = noteIds(after.doc, 'stream');
    expect([...received].filter((id) => !stored.has(id))).toEqual([]);
    after.destroy();
    await server.stop();
  });
});
