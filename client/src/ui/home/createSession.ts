import { CreateSessionResponseSchema, ErrorResponseSchema, type CreateSessionResponse, type Language } from '@cocreate/shared';

/** Creates a session through the API; throws an Error with the server's message on refusal. */
export async function createSession(input: { title: string; language: Language; challenge?: string }): Promise<CreateSessionResponse> {
  const res = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body: unknown = await res.json().catch(() => null);
  if (res.status !== 201) {
    const parsed = ErrorResponseSchema.safeParse(body);
    throw new Error(parsed.success ? parsed.data.error : `HTTP ${res.status}`);
  }
  return CreateSessionResponseSchema.parse(body);
}
