import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { CloseCodes, boardDocName, controlDocName, createUndoManager, decodeTokenClaims, presenceColor } from '@cocreate/shared';
import { useStore, type SessionProblem } from '../store/index.js';
import { syncServerClock } from '../facilitation/serverClock.js';
import { bindFollow } from '../facilitation/follow.js';
import { bindPrivacy } from '../privacy/bindPrivacy.js';
import { bindFacilitation } from './bindFacilitation.js';
import { bindPresence } from './bindPresence.js';
import { bindUndo } from './bindUndo.js';
import { bindYjs } from './bindYjs.js';
import { checkSession } from './checkSession.js';
import { shouldReconnect, watchConnection } from './connection.js';
import { setLiveSession } from './liveSession.js';
import { participantIdFor } from './participantId.js';
import { presenceFor } from './presence.js';
import { isExpired, readSessionLink } from './sessionLink.js';

/**
 * Opens the session of the current address: reads the link, checks the token with the server,
 * then connects the board and control documents and binds them to the store. Any reason the
 * session cannot be shown ends up in `problem` (rendered as a full-page message).
 */
export async function openSession(location: Location = window.location): Promise<void> {
  const link = readSessionLink(location);
  if (!link) return fail('invalid-link');
  const claims = decodeTokenClaims(link.token);
  if (!claims || claims.sid !== link.sessionId) return fail('refused');
  if (isExpired(claims)) return fail('expired');
  const participantId = participantIdFor(link.sessionId);
  useStore.setState({ sessionId: link.sessionId, role: claims.role, participantId });

  const check = await checkSession(link.sessionId, link.token);
  if (!check.ok) return fail(check.problem);

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

  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  // BroadcastChannel is off: every change goes through the server, which enforces roles.
  const options = { params: { token: link.token }, disableBc: true, shouldReconnect, connect: navigator.onLine };
  const providers = [
    new WebsocketProvider(url, boardDocName(link.sessionId), board, { ...options, awareness }),
    new WebsocketProvider(url, controlDocName(link.sessionId), control, { ...options, awareness: controlAwareness }),
  ];
  const undo = createUndoManager(board);
  setLiveSession({ sessionId: link.sessionId, role: claims.role, token: link.token, participantId, board, control, awareness, undo });

  bindYjs(board, control);
  bindPresence(awareness);
  bindFacilitation(board, control);
  bindPrivacy(board, control);
  bindFollow();
  void syncServerClock();
  bindUndo(undo);
  watchConnection(providers, (code) => {
    setLiveSession(null);
    fail(code === CloseCodes.unauthorized.code && isExpired(claims) ? 'expired' : 'refused');
  });
  window.addEventListener('pagehide', () => awareness.setLocalState(null));
}

function fail(problem: Exclude<SessionProblem, null>): void {
  useStore.setState({ problem });
}
