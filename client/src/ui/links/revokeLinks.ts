import { CreateSessionResponseSchema, type CreateSessionResponse } from '@cocreate/shared';
import { readAnswer } from '../../api/readAnswer.js';

/** Revokes every link of a session and returns the new ones (facilitator token only). */
export async function revokeLinks(sessionId: string, facilitatorToken: string): Promise<CreateSessionResponse> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/links/revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${facilitatorToken}` },
  });
  return readAnswer(res, CreateSessionResponseSchema);
}
