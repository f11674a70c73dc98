// A session holding everything a record carries, made through the wire as stock clients and the
// API would: every item type on two boards, comments, a cluster, a closed voting round, partners,
// agreements, actions, added value with its evaluation, participants, a lock and a running timer.
import * as Y from 'yjs';
import {
  PRIVATE_ROOTS,
  addComment,
  addOutcome,
  createCluster,
  createItems,
  privateDocName,
  readBoards,
  readVoting,
  setItemsLocked,
  startTimer,
  startVoting,
  upsertParticipant,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { joinAsPerson } from './people.js';
import { createSession, type ServerProcess } from './serverProcess.js';
import { connectDoc, waitFor } from './yclient.js';

/** A 1 × 1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** Texts the session holds, to look for in what is exported. */
export const RICH = {
  title: 'Safe routes to school',
  winner: 'Bike buddies for first-years',
  runnerUp: 'A map of safe routes',
  injection: "=cmd|' /C calc'!A0",
  partner: 'Fietsersbond Gent',
  agreement: 'No names of students in publications',
  action: 'Test the route with 10 students',
  value: 'Students learn to work with a real client',
  evidence: 'Three student reports used by the city',
  comment: 'Who asks the city?',
  participant: 'Ann Peeters',
  cluster: 'Buddies',
} as const;

async function api(server: ServerProcess, path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/api/sessions${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
}

/** Creates the session and fills it; resolves once the server holds all of it. */
export async function richSession(server: ServerProcess): Promise<CreateSessionResponse> {
  const session = await createSession(server, RICH.title);
  const token = session.tokens.facilitator;
  const control = connectDoc(server, `${session.id}.control`, token);
  const board = connectDoc(server, session.id, token);
  await Promise.all([control.synced, board.synced]);
  const [first, second] = readBoards(control.doc);
  const asset = (await (await api(server, `/${session.id}/assets`, token, { method: 'POST', body: new Blob([PNG]) })).json()) as {
    id: string;
  };
  upsertParticipant(board.doc, { id: 'p-ann', name: RICH.participant, organisation: 'KU Leuven', group: 'students', role: 'participant' });
  const [winner, runnerUp] = createItems(board.doc, [
    { type: 'note', boardId: first!.id, x: 2000, y: 100, text: RICH.winner, color: 'green', createdBy: 'p-ann' },
    { type: 'note', boardId: first!.id, x: 2300, y: 100, text: RICH.runnerUp },
    { type: 'note', boardId: first!.id, x: 2600, y: 100, text: RICH.injection, color: 'pink' },
  ]);
  createItems(board.doc, [
    { type: 'text', boardId: first!.id, x: 2000, y: 400, width: 300, height: 40, text: 'Free text' },
    { type: 'shape', boardId: first!.id, x: 2300, y: 400, width: 120, height: 80, shape: 'ellipse', text: 'Shape label' },
    { type: 'connector', boardId: first!.id, x: 2200, y: 200, fromId: winner!, toId: runnerUp!, points: [2200, 200, 2300, 200] },
    { type: 'frame', boardId: second!.id, x: 0, y: 2000, width: 800, height: 600, title: 'Extra frame' },
    { type: 'stroke', boardId: second!.id, x: 100, y: 2100, width: 100, height: 50, points: [0, 0, 50, 50, 100, 0] },
    { type: 'image', boardId: second!.id, x: 300, y: 2100, width: 100, height: 100, assetId: asset.id, mime: 'image/png', alt: 'A photo' },
  ]);
  addComment(board.doc, { itemId: winner!, authorId: 'p-ann', authorName: RICH.participant, text: RICH.comment });
  createCluster(board.doc, { boardId: first!.id, name: RICH.cluster, noteIds: [winner!, runnerUp!] });
  const partner = addOutcome(board.doc, 'partners', { organisation: RICH.partner, group: 'company', interests: 'Safer cycling' });
  addOutcome(board.doc, 'agreements', {
    title: RICH.agreement,
    partnerIds: [partner],
    nda: true,
    confidential: 'Student names',
    publication: 'Results',
  });
  addOutcome(board.doc, 'actions', {
    what: RICH.action,
    who: RICH.participant,
    dueDate: '2027-03-15',
    status: 'in-progress',
    noteIds: [winner!],
  });
  const value = addOutcome(board.doc, 'addedValue', {
    group: 'students',
    category: 'education',
    description: RICH.value,
    successFactors: ['A contact at the city'],
    risks: [{ risk: 'Exams', mitigation: 'Plan around them' }],
  });
  addOutcome(board.doc, 'evaluations', { valueId: value, rating: 4, evidence: RICH.evidence, date: '2027-06-01', evaluator: 'Lecturer' });
  setItemsLocked(control.doc, [runnerUp!], true);
  startTimer(control.doc, 10 * 60_000, Date.now());

  // A closed voting round: the facilitator votes as a person, the server tallies.
  startVoting(control.doc, { boardId: first!.id, votesPerParticipant: 3, onePerNote: false });
  await waitFor(() => readVoting(control.doc)?.roundId != null);
  const person = await joinAsPerson(server, session.id, token);
  const ballotDoc = connectDoc(server, privateDocName(session.id, person.personId), person.token);
  await ballotDoc.synced;
  const roundId = readVoting(control.doc)!.roundId!;
  ballotDoc.doc.transact(() => {
    const ballot = new Y.Map<unknown>();
    ballotDoc.doc.getMap(PRIVATE_ROOTS.ballots).set(roundId, ballot);
    ballot.set(winner!, 2);
    ballot.set(runnerUp!, 1);
  });
  await new Promise((r) => setTimeout(r, 300));
  const end = await api(server, `/${session.id}/voting/end`, token, { method: 'POST' });
  if (end.status !== 200) throw new Error(`voting/end answered ${end.status}`);
  // Everything written is on the server once a fresh client sees it.
  const check = connectDoc(server, session.id, session.tokens.observer);
  const want = board.doc.getMap('items').size;
  await waitFor(
    () => check.doc.getMap('items').size === want && check.doc.getMap('evaluations').size === 1 && check.doc.getMap('votes').size === 1,
    10_000,
    'the session on the server',
  );
  for (const client of [check, ballotDoc, board, control]) client.destroy();
  return session;
}
