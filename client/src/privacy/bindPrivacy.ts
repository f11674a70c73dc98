import type * as Y from 'yjs';
import {
  BOARD_ROOTS,
  CONTROL_ROOTS,
  PRIVATE_ROOTS,
  changedItemIds,
  itemsMap,
  readBallot,
  readClusters,
  readItem,
  readItems,
  readPrivateCounts,
  readPrivateMode,
  readVoteResults,
  readVoting,
  votesLeft,
  type Item,
} from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { withChanges } from '../store/itemChanges.js';
import { usePrivacy } from './privacyStore.js';

type Binding = [Y.Map<unknown>, () => void];

function bindAll(bindings: Binding[]): () => void {
  for (const [type, handler] of bindings) {
    type.observeDeep(handler);
    handler();
  }
  return () => {
    for (const [type, handler] of bindings) type.unobserveDeep(handler);
  };
}

/**
 * Mirrors the shared side of privacy into the privacy store: the private brainstorm, the counts,
 * the voting round (control document), round results and clusters (board document).
 */
export function bindPrivacy(board: Y.Doc, control: Y.Doc): () => void {
  return bindAll([
    [control.getMap(CONTROL_ROOTS.privateMode), () => usePrivacy.setState({ privateMode: readPrivateMode(control) })],
    [control.getMap(CONTROL_ROOTS.privateCounts), () => usePrivacy.setState({ privateCounts: readPrivateCounts(control) })],
    [board.getMap(BOARD_ROOTS.votes), () => usePrivacy.setState({ results: readVoteResults(board) })],
    [board.getMap(BOARD_ROOTS.clusters), () => usePrivacy.setState({ clusters: readClusters(board) })],
  ]);
}

/**
 * Mirrors this person's private document: its notes join the main store's items (marked in
 * `privateIds`), and the ballot of the open round gives `myVotes` and `votesLeft`. A note that
 * leaves the private document because it was revealed stays drawn: the board document holds it.
 */
export function bindPrivateDoc(privateDoc: Y.Doc, board: Y.Doc, control: Y.Doc): () => void {
  const mine = itemsMap(privateDoc);
  const shared = itemsMap(board);
  const onItems = (ids: Iterable<string>) => {
    const state = useStore.getState();
    const changes = new Map<string, Item | null>();
    const privateIds = new Set(usePrivacy.getState().privateIds);
    for (const id of ids) {
      const item = readItem(mine.get(id));
      if (item) {
        changes.set(id, item);
        privateIds.add(id);
      } else if (privateIds.delete(id) && !shared.has(id)) {
        changes.set(id, null);
      }
    }
    const items = withChanges(state.items, changes);
    usePrivacy.setState({ privateIds });
    const selectedIds = new Set([...state.selectedIds].filter((id) => items.has(id)));
    useStore.setState({ items, selectedIds, editingId: state.editingId && items.has(state.editingId) ? state.editingId : null });
  };
  const onBallot = () => {
    const voting = readVoting(control);
    const open = voting?.active && voting.roundId ? voting : null;
    const ballot = open ? readBallot(privateDoc, open.roundId!) : new Map<string, unknown>();
    const myVotes = new Map([...ballot].filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0));
    usePrivacy.setState({ voting, myVotes, votesLeft: open ? votesLeft(privateDoc, open) : 0 });
  };
  const onItemEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => onItems(changedItemIds(events, mine));
  mine.observeDeep(onItemEvents);
  onItems(readItems(privateDoc).map((i) => i.id));
  const stop = bindAll([
    [privateDoc.getMap(PRIVATE_ROOTS.ballots), onBallot],
    [control.getMap(CONTROL_ROOTS.voting), onBallot],
  ]);
  return () => {
    mine.unobserveDeep(onItemEvents);
    stop();
  };
}
