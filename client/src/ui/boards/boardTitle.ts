import { BoardSchema } from '@cocreate/shared';

/** Longest board title the control document's schema accepts (read from it, so the two never differ). */
export const MAX_BOARD_TITLE: number = BoardSchema.shape.title.unwrap().maxLength!;

/** What stops a typed title from being saved (after trimming), or null if it can be saved. */
export function boardTitleProblem(typed: string): 'empty' | 'tooLong' | null {
  const title = typed.trim();
  if (title === '') return 'empty';
  return title.length > MAX_BOARD_TITLE ? 'tooLong' : null;
}
