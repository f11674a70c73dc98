import { CreateSessionResponseSchema, type CreateSessionResponse, type Language } from '@cocreate/shared';
import { readAnswer } from '../../api/readAnswer.js';

/** Creates a session through the API; throws an Error with the server's message on refusal. */
export async function createSession(input: { title: string; language: Language; challenge?: string }): Promise<CreateSessionResponse> {
  const res = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return readAnswer(res, CreateSessionResponseSchema, 201);
}
