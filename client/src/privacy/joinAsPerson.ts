import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { decodeTokenClaims, privateDocName } from '@cocreate/shared';
import { readAnswer } from '../api/readAnswer.js';
import { showToast } from '../canvas/feedback/toast.js';
import { connectDocument } from '../sync/connectDocument.js';
import { getLiveSession, setLiveSession, type LiveSession } from '../sync/liveSession.js';
import { openLocalCopy } from '../sync/localCopy.js';
import { setMyPresence } from '../sync/presence.js';
import { isExpired } from '../sync/sessionLink.js';
import { t } from '../ui/i18n/index.js';
import { bindPrivateDoc } from './bindPrivacy.js';
import { usePrivacy } from './privacyStore.js';

interface Person {
  personId: string;
  token: string;
}

/** The server's answer to `POST /people`, checked. */
const PersonAnswer = {
  parse(value: unknown): Person {
    const v = value as Partial<Person> | null;
    if (!v || typeof v.personId !== 'string' || !v.personId || typeof v.token !== 'string' || !v.token)
      throw new Error('unexpected answer');
    return { personId: v.personId, token: v.token };
  },
};

// Per session and role on this device, so a reload (or a second tab) stays the same person.
const key = (live: LiveSession) => `cocreate.person.${live.sessionId}.${live.role}`;

/** The personal token remembered for this session and role, if it still fits. */
function rememberedToken(live: LiveSession): string | null {
  try {
    const token = localStorage.getItem(key(live));
    const claims = token ? decodeTokenClaims(token) : null;
    return token && claims && claims.sid === live.sessionId && claims.role === live.role && !isExpired(claims) ? token : null;
  } catch {
    return null;
  }
}

/**
 * The person this tab is (`POST /people`). Without the network, a remembered personal token
 * names the person (its `pid`), so a tab reopened offline still shows their private notes.
 * Null, with a message, when neither works.
 */
async function askForPerson(live: LiveSession): Promise<Person | null> {
  const remembered = rememberedToken(live);
  let res: Response;
  try {
    res = await fetch(`/api/sessions/${encodeURIComponent(live.sessionId)}/people`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${remembered ?? live.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
  } catch (err) {
    const personId = remembered ? decodeTokenClaims(remembered)?.pid : undefined;
    if (remembered && personId) return { personId, token: remembered };
    return noPerson(err);
  }
  return readAnswer(res, PersonAnswer, 201).catch(noPerson);
}

function noPerson(err: unknown): null {
  showToast(t('privacy.noPerson', { reason: err instanceof Error ? err.message : String(err) }), 'error');
  return null;
}

/**
 * Makes this tab a person of the session (`POST /people`; a remembered personal token keeps the
 * same person) and opens their private document with the personal token: private notes and
 * ballots live there, and only this person's connections may open it.
 */
export async function joinAsPerson(): Promise<void> {
  const live = getLiveSession();
  if (!live || live.privateDoc) return;
  const person = await askForPerson(live);
  if (!person || getLiveSession() !== live || live.privateDoc) return;
  try {
    localStorage.setItem(key(live), person.token);
  } catch {
    // Without storage a reload makes a new person; the session still works.
  }
  const privateDoc = new Y.Doc();
  const name = privateDocName(live.sessionId, person.personId);
  const copy = await openLocalCopy(live.role, name, privateDoc);
  if (getLiveSession() !== live || live.privateDoc) return;
  const awareness = new Awareness(privateDoc);
  awareness.setLocalState(null); // presence travels with the board document only
  connectDocument({ name, doc: privateDoc, token: person.token, awareness, copy });
  setLiveSession({ ...live, privateDoc, personId: person.personId });
  usePrivacy.setState({ personId: person.personId });
  // Lets the facilitator put names to the private note counts (counts are per person).
  setMyPresence({ personId: person.personId });
  bindPrivateDoc(privateDoc, live.board, live.control);
}
