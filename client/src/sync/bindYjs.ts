import type * as Y from 'yjs';
import {
  boardsMap,
  changedItemIds,
  itemsMap,
  participantsMap,
  readBoards,
  readItem,
  readItems,
  readParticipants,
  readSessionMeta,
  sessionMap,
  type Item,
} from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { withChanges } from '../store/itemChanges.js';
import { rememberedBoard } from '../store/uiActions.js';

/** The board's items as the server read them, shown until `documentIn` (the board document is in). */
export interface BoardPicture {
  items: Promise<readonly Item[] | null>;
  documentIn: Promise<unknown>;
}

/**
 * Mirrors the documents into the store, the only writer of its document fields (items: see
 * bindItems). Returns a function that stops the binding.
 */
export function bindYjs(board: Y.Doc, control: Y.Doc, picture?: BoardPicture): () => void {
  const participants = participantsMap(board);
  const session = sessionMap(control);
  const boards = boardsMap(control);
  const onParticipants = () => useStore.setState({ participants: readParticipants(board) });
  const onControl = () => {
    const meta = readSessionMeta(control);
    useStore.setState({ title: meta?.title ?? '', currentBoardId: meta?.currentBoardId ?? null, boards: readBoards(control) });
    chooseBoard();
  };

  const stopItems = bindItems(board, picture);
  participants.observeDeep(onParticipants);
  session.observe(onControl);
  boards.observeDeep(onControl);
  onParticipants();
  onControl();
  return () => {
    stopItems();
    participants.unobserveDeep(onParticipants);
    session.unobserve(onControl);
    boards.unobserveDeep(onControl);
  };
}

/**
 * Mirrors the board's items into the store incrementally: each transaction re-reads only the
 * items it touched into a new Map. A `picture` of the items (plain records the server read from
 * its copy) fills the store while the board document is still empty, and is replaced whole by the
 * document's items once a change from the server (its state, or the sync) brings them, or the
 * document is in without one.
 */
function bindItems(board: Y.Doc, picture?: BoardPicture): () => void {
  const items = itemsMap(board);
  const readAll = () => new Map(readItems(board).map((item) => [item.id, item]));
  useStore.setState({ items: readAll() });

  // Remote changes are gathered and read once per animation frame (twenty writers at ten changes a
  // second would otherwise rebuild the store and redraw many times per frame); this user's own
  // changes, and whatever waited before them, are read at once, so typing shows in the same frame.
  const pending = new Set<string>();
  let frame = 0;
  const flush = () => {
    frame = 0;
    const ids = new Set(pending);
    pending.clear();
    applyItemChanges(ids, items);
  };

  let showsPicture = false;
  let serverChanged = false;
  let stopped = false;
  const showDocument = () => {
    showsPicture = false;
    pending.clear();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    replaceItems(readAll(), useStore.getState().selectedIds);
  };
  void picture?.items.then((list) => {
    if (!list?.length || serverChanged || stopped) return;
    // Under what this tab already wrote (nothing, unless it edited before the picture came).
    showsPicture = true;
    useStore.setState({ items: new Map([...list.map((item): [string, Item] => [item.id, item]), ...useStore.getState().items]) });
  });
  // A state that changed no item (the board was emptied since the picture) still ends the picture.
  void picture?.documentIn.then(() => {
    serverChanged = true;
    if (showsPicture && !stopped) showDocument();
  });

  const onItems = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    serverChanged ||= !transaction.local;
    // The board's state is in: its items replace the whole picture (including what it lacks).
    if (showsPicture && !transaction.local) return showDocument();
    for (const id of changedItemIds(events, items)) pending.add(id);
    if (!transaction.local && typeof requestAnimationFrame === 'function') {
      frame ||= requestAnimationFrame(flush);
      return;
    }
    if (frame) cancelAnimationFrame(frame);
    flush();
  };
  items.observeDeep(onItems);
  return () => {
    stopped = true;
    if (frame) cancelAnimationFrame(frame);
    items.unobserveDeep(onItems);
  };
}

/** Re-reads the touched items. */
function applyItemChanges(ids: ReadonlySet<string>, items: Y.Map<Y.Map<unknown>>): void {
  if (ids.size === 0) return;
  const changes = new Map<string, Item | null>();
  for (const id of ids) changes.set(id, readItem(items.get(id)));
  replaceItems(withChanges(useStore.getState().items, changes), ids);
}

/** Puts `next` in the store; drops those of `touched` it lacks (deleted, or no longer valid) from the selection and the editor. */
function replaceItems(next: ReadonlyMap<string, Item>, touched: Iterable<string>): void {
  const state = useStore.getState();
  const patch: Partial<typeof state> = { items: next };
  for (const id of touched) {
    if (!state.selectedIds.has(id) || next.has(id)) continue;
    patch.selectedIds = new Set([...state.selectedIds].filter((selected) => next.has(selected)));
    break;
  }
  if (state.editingId && !next.has(state.editingId)) patch.editingId = null;
  useStore.setState(patch);
}

/**
 * Keeps the viewed board valid: the user's choice while it exists, else the board this device
 * last viewed in this session, else the facilitator's current board, else the first.
 */
function chooseBoard(): void {
  const { boards, boardId, currentBoardId, sessionId } = useStore.getState();
  if (boards.length === 0) return;
  const exists = (id: string | null): id is string => id !== null && boards.some((b) => b.id === id);
  if (exists(boardId)) return;
  const remembered = sessionId ? rememberedBoard(sessionId) : null;
  const next = exists(remembered) ? remembered : exists(currentBoardId) ? currentBoardId : boards[0]!.id;
  useStore.setState({ boardId: next, selectedIds: new Set(), editingId: null });
}
