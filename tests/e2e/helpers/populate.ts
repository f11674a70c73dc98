// A realistic first board, written from Node through the SDK as a participant would: notes in the
// template's frames, a shape, connectors, free text and a pen stroke.
import {
  controlDocName,
  createItems,
  readItems,
  readSessionMeta,
  type CreateSessionResponse,
  type NewItem,
  type NoteColor,
} from '@cocreate/shared';
import { connectDoc, type HasWsUrl } from '../../helpers/yclient.js';

const NOTES: Record<string, [string, NoteColor][]> = {
  Partners: [
    ['Howest: students and lecturers', 'yellow'],
    ['Acme Logistics', 'orange'],
    ['City of Bruges, mobility department', 'blue'],
    ['Research group Circular Economy', 'green'],
  ],
  'Interests and ambitions': [
    ['Students: a real client and a portfolio piece', 'yellow'],
    ['Acme: fewer empty return trips', 'orange'],
    ['City: quieter streets in the centre', 'blue'],
  ],
  Expectations: [
    ['A working prototype by June', 'pink'],
    ['Monthly review with all partners', 'purple'],
  ],
  Agreements: [['Results may be published after 6 months', 'teal']],
};

/** Fills the session's current board; returns its id and the ids written. */
export async function populateFirstBoard(server: HasWsUrl, session: CreateSessionResponse): Promise<{ boardId: string; ids: string[] }> {
  const control = connectDoc(server, controlDocName(session.id), session.tokens.participant);
  const board = connectDoc(server, session.id, session.tokens.participant);
  await Promise.all([control.synced, board.synced]);
  const boardId = readSessionMeta(control.doc)!.currentBoardId!;
  const frames = readItems(board.doc, boardId).flatMap((i) => (i.type === 'frame' ? [i] : []));
  const notes: NewItem[] = [];
  for (const frame of frames) {
    (NOTES[frame.title] ?? []).forEach(([text, color], i) => {
      notes.push({ type: 'note', boardId, x: frame.x + 40 + (i % 3) * 230, y: frame.y + 60 + Math.floor(i / 3) * 240, text, color });
    });
  }
  const ids = createItems(board.doc, notes);
  const [first, second, third] = ids;
  const byTitle = (t: string) => frames.find((f) => f.title === t)!;
  const agreements = byTitle('Agreements');
  createItems(board.doc, [
    { type: 'connector', boardId, x: 0, y: 0, fromId: first!, toId: second!, points: [0, 0, 1, 1] },
    { type: 'connector', boardId, x: 0, y: 0, fromId: second!, toId: third!, points: [0, 0, 1, 1] },
    {
      type: 'shape',
      boardId,
      x: agreements.x + 300,
      y: agreements.y + 80,
      width: 220,
      height: 140,
      shape: 'ellipse',
      text: 'Sign by Friday',
      fill: '#e7f5ff',
      stroke: '#1971c2',
    },
    { type: 'text', boardId, x: 0, y: -260, width: 900, height: 60, text: 'Mobility in Bruges: kick-off', fontSize: 48, color: '#1e1e1e' },
    {
      type: 'stroke',
      boardId,
      x: agreements.x + 60,
      y: agreements.y + 420,
      width: 400,
      height: 60,
      points: [0, 40, 80, 0, 160, 50, 240, 10, 320, 60, 400, 20],
      stroke: '#e03131',
      strokeWidth: 6,
    },
  ]);
  control.destroy();
  board.destroy();
  return { boardId, ids };
}
