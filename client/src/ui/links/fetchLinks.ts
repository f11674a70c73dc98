import { CreateSessionResponseSchema, type CreateSessionResponse } from '@cocreate/shared';
import { readAnswer } from '../../api/readAnswer.js';

/** Fresh links for every role of a session (facilitator token only); throws with the server's message. */
export async function fetchLinks(sessionId: string, facilitatorToken: string): Promise<CreateSessionResponse> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/links`, {
    headers: { authorization: `Bearer ${facilitatorToken}` },
  });
  return readAnswer(res, CreateSessionResponseSchema);
}
