import { CreateSessionResponseSchema, ErrorResponseSchema, type CreateSessionResponse } from '@cocreate/shared';

/** Fresh links for every role of a session (facilitator token only); throws with the server's message. */
export async function fetchLinks(sessionId: string, facilitatorToken: string): Promise<CreateSessionResponse> {
  const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/links`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorResponseSchema.safeParse(body);
    throw new Error(parsed.success ? parsed.data.error : `HTTP ${res.status}`);
  }
  return CreateSessionResponseSchema.parse(body);
}
