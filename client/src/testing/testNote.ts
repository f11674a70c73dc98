import type { Note } from '@cocreate/shared';

/** A note record for tests: a yellow 200 × 200 note at the origin of board `b`, with `fields` over it. */
export function testNote(fields: Partial<Note> & { id: string }): Note {
  return { type: 'note', boardId: 'b', x: 0, y: 0, width: 200, height: 200, index: 'a0', text: '', color: 'yellow', ...fields };
}
