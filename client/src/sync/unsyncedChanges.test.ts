import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, deleteItems, initSession, setItemText, upsertParticipant } from '@cocreate/shared';
import { changedEntries } from './changedEntries.js';
import { UnsyncedChanges } from './unsyncedChanges.js';

/** The entries of every local transaction on `doc` while `edit` runs. */
function entriesOf(doc: Y.Doc, edit: () => void): string[][] {
  const seen: string[][] = [];
  const onAfter = (tr: Y.Transaction) => {
    if (tr.local) seen.push(changedEntries(tr));
  };
  doc.on('afterTransaction', onAfter);
  edit();
  doc.off('afterTransaction', onAfter);
  return seen;
}

function board() {
  const doc = new Y.Doc();
  const { currentBoardId } = initSession(new Y.Doc(), doc, { title: 'Workshop', language: 'en' });
  return { doc, boardId: currentBoardId! };
}

describe('changedEntries', () => {
  it('names the item, comment or participant a transaction touched, however deep the edit', () => {
    const { doc, boardId } = board();
    let id = '';
    const created = entriesOf(doc, () => {
      id = createItem(doc, { type: 'note', boardId, x: 0, y: 0, text: '' });
    });
    expect(created).toEqual([[`items/${id}`]]);
    const typed = entriesOf(doc, () => {
      for (const text of ['I', 'Id', 'Ide', 'Idea']) setItemText(doc, id, text);
    });
    expect(new Set(typed.flat())).toEqual(new Set([`items/${id}`]));
    expect(entriesOf(doc, () => deleteItems(doc, [id]))).toEqual([[`items/${id}`]]);
    const joined = entriesOf(doc, () =>
      upsertParticipant(doc, { id: 'p1', name: 'Ann', organisation: '', group: '', role: 'participant' }),
    );
    expect(joined).toEqual([['participants/p1']]);
  });
});

describe('UnsyncedChanges', () => {
  it('keeps offline changes pending until a probe sent after them is answered', () => {
    const changes = new UnsyncedChanges();
    changes.change(['items/a']);
    changes.change(['items/b', 'items/a']);
    expect(changes.pending).toEqual(['items/a', 'items/b']);
    expect(changes.wantsProbe).toBe(true);

    changes.connected();
    changes.serverAsked(); // the server's step 1 on connect: the reply carries the offline changes
    changes.answered(); // the answer to the provider's own step 1 confirms nothing
    expect(changes.pending).toHaveLength(2);
    changes.probeSent();
    expect(changes.wantsProbe).toBe(false); // one probe at a time
    changes.answered();
    expect(changes.pending).toEqual([]);
    expect(changes.wantsProbe).toBe(false);
  });

  it('leaves changes made after a probe pending when it is answered', () => {
    const changes = new UnsyncedChanges();
    changes.connected();
    changes.answered();
    changes.change(['items/a']);
    changes.probeSent();
    changes.change(['items/a']);
    changes.change(['items/c']);
    changes.answered();
    expect(changes.pending).toEqual(['items/a', 'items/c']);
    expect(changes.wantsProbe).toBe(true);
    changes.probeSent();
    changes.answered();
    expect(changes.pending).toEqual([]);
  });

  it('forgets probes in flight when the connection drops', () => {
    const changes = new UnsyncedChanges();
    changes.connected();
    changes.answered();
    changes.change(['items/a']);
    changes.probeSent();
    changes.disconnected();
    expect(changes.wantsProbe).toBe(true);
    changes.connected();
    changes.answered(); // the new connection's first answer is to the provider's step 1
    expect(changes.pending).toEqual(['items/a']);
  });

  it("unconfirms this connection's changes when the server asks for what it lacks", () => {
    const changes = new UnsyncedChanges();
    changes.connected();
    changes.answered();
    changes.change(['items/old']);
    changes.probeSent();
    changes.answered();
    changes.disconnected();

    changes.connected();
    changes.answered();
    changes.change(['items/new']);
    changes.probeSent();
    changes.answered();
    expect(changes.pending).toEqual([]);
    // The server dropped an update (another connection held the client id) and now asks again.
    changes.probeSent();
    changes.serverAsked();
    expect(changes.pending).toEqual(['items/new']);
    changes.answered(); // the probe sent before the reply confirms nothing
    expect(changes.pending).toEqual(['items/new']);
    expect(changes.wantsProbe).toBe(true);
    changes.probeSent();
    changes.answered();
    expect(changes.pending).toEqual([]);
  });

  it('starts from the entries a closed tab left unconfirmed', () => {
    const changes = new UnsyncedChanges(['items/a', 'comments/b']);
    expect(changes.pending).toEqual(['items/a', 'comments/b']);
    changes.connected();
    changes.answered();
    expect(changes.pending).toHaveLength(2);
    changes.probeSent();
    changes.answered();
    expect(changes.pending).toEqual([]);
  });
});
