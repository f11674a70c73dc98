// DATA_DIR holds the store and the signing secret: sessions, documents and tokens survive restarts;
// documents unload when idle and load again on first use.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlDocName, createItem, readBoards, readItems, renameBoard } from '@cocreate/shared';
import { docState } from '../helpers/docState.js';
import { createSession, startServer } from '../helpers/server.js';
import { connectDoc, waitFor } from '../helpers/yclient.js';

describe('persistence', () => {
  it('creates the signing secret with mode 0600 and the SQLite store in DATA_DIR', async () => {
    const server = await startServer();
    expect(statSync(path.join(server.dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(server.dataDir, 'cocreate.db')).isFile()).toBe(true);
    await server.stop();
  });

  it('keeps sessions, both documents and every token valid across a restart', async () => {
    let server = await startServer();
    const s = await createSession(server, 'Restart me', 'nl');
    const board = connectDoc(server, s.id, s.tokens.facilitator);
    const control = connectDoc(server, controlDocName(s.id), s.tokens.facilitator);
    await Promise.all([board.synced, control.synced]);
    const boardId = readBoards(control.doc)[1]!.id;
    renameBoard(control.doc, boardId, 'Hernoemd');
    createItem(board.doc, { type: 'note', boardId, x: 5, y: 5, text: 'blijft' });
    const watcher = connectDoc(server, s.id, s.tokens.observer);
    await waitFor(() => readItems(watcher.doc, boardId).some((i) => i.type === 'note'), 5_000, 'the note to be relayed');
    const before = { board: docState(board.doc), control: docState(control.doc, ['session', 'boards']) };
    for (const c of [board, control, watcher]) c.destroy();

    server = await server.restart();
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      const res = await fetch(`${server.url}/api/sessions/${s.id}`, { headers: { authorization: `Bearer ${s.tokens[role]}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: s.id, title: 'Restart me', language: 'nl', role });
      const b = connectDoc(server, s.id, s.tokens[role]);
      const c = connectDoc(server, controlDocName(s.id), s.tokens[role]);
      await Promise.all([b.synced, c.synced]);
      expect(docState(b.doc)).toBe(before.board);
      expect(docState(c.doc, ['session', 'boards'])).toBe(before.control);
      expect(readBoards(c.doc)[1]!.title).toBe('Hernoemd');
      b.destroy();
      c.destroy();
    }
    await server.stop();
  });

  it('a document unloaded after its last client left loads again with everything in it', async () => {
    const server = await startServer({ env: { DOC_IDLE_MS: '50', COMPACT_EVERY: '5' } });
    const s = await createSession(server);
    for (let round = 1; round <= 3; round++) {
      const writer = connectDoc(server, s.id, s.tokens.participant);
      await writer.synced;
      for (let k = 0; k < 7; k++) createItem(writer.doc, { type: 'note', boardId: 'idle', x: k, y: round, text: `${round}/${k}` });
      const reader = connectDoc(server, s.id, s.tokens.observer);
      await waitFor(() => readItems(reader.doc, 'idle').length === round * 7, 5_000, `round ${round} to be relayed`);
      writer.destroy();
      reader.destroy();
      await new Promise((r) => setTimeout(r, 300)); // well past DOC_IDLE_MS: the room is gone
    }
    const last = connectDoc(server, s.id, s.tokens.observer);
    await last.synced;
    expect(
      readItems(last.doc, 'idle')
        .map((i) => (i.type === 'note' ? i.text : ''))
        .sort(),
    ).toEqual([1, 2, 3].flatMap((r) => Array.from({ length: 7 }, (_, k) => `${r}/${k}`)).sort());
    last.destroy();
    await server.stop();
  });

  it('reuses the secret file on restart instead of making a new one', async () => {
    let server = await startServer();
    const secretFile = path.join(server.dataDir, 'secret.key');
    const before = readFileSync(secretFile, 'utf8');
    server = await server.restart();
    expect(readFileSync(secretFile, 'utf8')).toBe(before);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const s = await createSession(server);
    const client = connectDoc(server, s.id, s.tokens.participant);
    await client.synced;
    client.destroy();
    await server.stop();
  });
});
