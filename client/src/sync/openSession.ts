import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import {
  CloseCodes,
  boardDocName,
  controlDocName,
  createUndoManager,
  decodeTokenClaims,
  presenceColor,
  readSessionMeta,
} from '@cocreate/shared';
import { contentDrawn } from '../canvas/contentDrawn.js';
import { afterPaint } from '../dom/afterPaint.js';
import { useStore, type SessionProblem } from '../store/index.js';
import { syncServerClock } from '../facilitation/serverClock.js';
import { bindFollow } from '../facilitation/follow.js';
import { bindPrivacy } from '../privacy/bindPrivacy.js';
import { bindFacilitation } from './bindFacilitation.js';
import { bindOutcomes } from './bindOutcomes.js';
import { bindPresence } from './bindPresence.js';
import { bindUndo } from './bindUndo.js';
import { bindYjs } from './bindYjs.js';
import { checkSession } from './checkSession.js';
import { connectDocument } from './connectDocument.js';
import { watchConnection } from './connection.js';
import { setLiveSession } from './liveSession.js';
import { keepsLocalCopy } from './keptCopies.js';
import { openLocalCopy } from './localCopy.js';
import { registerOfflineShell } from './offlineShell.js';
import { participantIdFor } from './participantId.js';
import { takePrefetchedPicture, takePrefetchedState } from './prefetchState.js';
import { presenceFor } from './presence.js';
import { applyServerState } from './serverUpdates.js';
import { isExpired, readSessionLink } from './sessionLink.js';
import { warnBeforeLosingChanges } from './unsyncedTotal.js';

/** How long a board's state waits for its picture to be drawn (the board's code may come late). */
const PICTURE_WAIT_MS = 1500;

/** Origin of the transaction applying a state fetched before connecting (a server change, not this tab's). */
const PREFETCHED = Symbol('prefetched state');

/**
 * Opens the session of the current address: reads the link, checks the token with the server
 * while loading this browser's copies of the board and control documents (connected after them;
 * without copies at once, with the states the first script fetched applied first), then binds
 * them to the store. Without the server, a session kept in this browser opens from its copies
 * (edits made then are sent on reconnect). Any reason the session cannot be shown ends up in
 * `problem` (rendered as a full-page message).
 */
export async function openSession(location: Location = window.location): Promise<void> {
  const link = readSessionLink(location);
  if (!link) return fail('invalid-link');
  const claims = decodeTokenClaims(link.token);
  if (!claims || claims.sid !== link.sessionId) return fail('refused');
  if (isExpired(claims)) return fail('expired');
  registerOfflineShell();
  const participantId = participantIdFor(link.sessionId);
  useStore.setState({ sessionId: link.sessionId, role: claims.role, participantId });

  const board = new Y.Doc();
  const control = new Y.Doc();
  const awareness = new Awareness(board);
  const presence = {
    participantId,
    name: '',
    color: presenceColor(participantId),
    role: claims.role,
    boardId: null,
    cursor: null,
    selection: [],
  };
  awareness.setLocalState(presenceFor(claims.role, presence));
  const controlAwareness = new Awareness(control);
  // Presence travels with the board document only; the control connection carries none.
  controlAwareness.setLocalState(null);

  const checked = checkSession(link.sessionId, link.token);
  // A big board's state takes a second to apply: it waits until the shell and the join form are
  // painted, and the board's picture (its items as the server read them) is drawn if it came
  // first. A later picture (a board the server first had to load) would only delay the board.
  const picture = takePrefetchedPicture(boardDocName(link.sessionId));
  let pictureDrawn: Promise<void> | null = null;
  void picture?.then((items) => {
    if (items?.length) pictureDrawn = contentDrawn(PICTURE_WAIT_MS);
  });
  let shellPainted!: () => void;
  const painted = new Promise<void>((resolve) => {
    shellPainted = resolve;
  });
  let refused = false;
  const documents = [
    { name: boardDocName(link.sessionId), doc: board, awareness, heavy: true },
    { name: controlDocName(link.sessionId), doc: control, awareness: controlAwareness, heavy: false },
  ].map(({ heavy, ...part }) => {
    const copy = openLocalCopy(claims.role, part.name, part.doc);
    const connect = (loaded: typeof copy | Awaited<typeof copy>, now = navigator.onLine) =>
      connectDocument({ ...part, token: link.token, connect: now, copy: loaded });
    // Without a copy there is nothing to load first: the first visit connects at once (the check
    // and the empty database's opening run meanwhile), a later one after its copy is in.
    if (keepsLocalCopy(claims.role, part.name)) return { copy, early: null, connect };
    const state = takePrefetchedState(part.name);
    if (!state) return { copy, early: connect(copy), connect };
    // The state the first script fetched is applied before connecting, so the sync brings only
    // what changed since (without it, the sync brings everything); a board's after its picture is drawn.
    const early = connect(copy, false);
    void Promise.all([state, heavy && painted]).then(async ([update]) => {
      if (heavy) await pictureDrawn;
      if (refused) return;
      if (update) applyServerState(part.doc, update, PREFETCHED);
      if (navigator.onLine) early.connect();
    });
    return { copy, early, connect };
  });
  // A first visit's copies open meanwhile: there is nothing in them to wait for.
  const [check, ...copies] = await Promise.all([checked, ...documents.map((part) => (part.early ? null : part.copy))]);
  // Out of reach but kept in this browser: open the copy; the connection retries meanwhile.
  if (!check.ok && !(check.problem === 'unreachable' && readSessionMeta(control))) {
    refused = true;
    for (const { early } of documents) early?.destroy();
    return fail(check.problem);
  }
  if (check.ok && check.info.snapshot) useStore.setState({ snapshot: check.info.snapshot });
  const providers = documents.map((part, i) => part.early ?? part.connect(copies[i]!));
  const undo = createUndoManager(board);
  setLiveSession({ sessionId: link.sessionId, role: claims.role, token: link.token, participantId, board, control, awareness, undo });

  const boardSynced = new Promise((resolve) => providers[0]!.once('sync', resolve));
  bindYjs(board, control, picture ? { items: picture, documentIn: boardSynced } : undefined);
  bindPresence(awareness);
  bindFacilitation(board, control);
  bindOutcomes(board);
  bindPrivacy(board, control);
  bindFollow();
  void syncServerClock();
  bindUndo(undo);
  watchConnection(providers, (code) => {
    setLiveSession(null);
    fail(code === CloseCodes.unauthorized.code && isExpired(claims) ? 'expired' : 'refused');
  });
  window.addEventListener('pagehide', () => awareness.setLocalState(null));
  warnBeforeLosingChanges();
  void afterPaint().then(shellPainted);
}

function fail(problem: Exclude<SessionProblem, null>): void {
  useStore.setState({ problem });
}
