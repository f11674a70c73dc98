import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createCluster, readClusters, removeCluster, renameCluster } from './clusters.js';

describe('clusters', () => {
  it('groups notes under a name; a note moves to the newest cluster it is put in', () => {
    const board = new Y.Doc();
    const a = createCluster(board, { boardId: 'b1', name: 'Feedback', noteIds: ['n1', 'n2', 'n2'] });
    const b = createCluster(board, { boardId: 'b1', name: 'Mentors', noteIds: ['n2', 'n3'], color: 'green' });
    expect(readClusters(board, 'b1')).toEqual([
      { id: a, boardId: 'b1', name: 'Feedback', color: 'blue', noteIds: ['n1'] },
      { id: b, boardId: 'b1', name: 'Mentors', color: 'green', noteIds: ['n2', 'n3'] },
    ]);
    createCluster(board, { boardId: 'b1', name: 'All', noteIds: ['n1'] });
    expect(readClusters(board).some((c) => c.id === a)).toBe(false); // emptied, so gone
  });

  it('renames and removes, refusing an empty name', () => {
    const board = new Y.Doc();
    const id = createCluster(board, { boardId: 'b1', name: 'x', noteIds: ['n1'] });
    expect(renameCluster(board, id, '  Better name ')).toBe(true);
    expect(readClusters(board)[0]?.name).toBe('Better name');
    expect(() => renameCluster(board, id, '   ')).toThrow();
    expect(renameCluster(board, 'nope', 'y')).toBe(false);
    expect(removeCluster(board, id)).toBe(true);
    expect(readClusters(board)).toEqual([]);
  });

  it('skips clusters written by other clients that it cannot read', () => {
    const board = new Y.Doc();
    board.getMap('clusters').set('bad', new Y.Map());
    expect(readClusters(board)).toEqual([]);
  });
});
