// Joining a session as a person over HTTP, as the web app's join form does.
import type { HasWsUrl } from './yclient.js';

/** A person of a session: the id the server gave and their personal token. */
export interface JoinedPerson {
  personId: string;
  token: string;
}

/** Joins as a person with a role link's token (`POST /api/sessions/<id>/people`); throws unless the server answers 201. */
export async function joinAsPerson(server: HasWsUrl & { url: string }, sessionId: string, roleToken: string): Promise<JoinedPerson> {
  const res = await fetch(`${server.url}/api/sessions/${sessionId}/people`, {
    method: 'POST',
    headers: { authorization: `Bearer ${roleToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'someone' }),
  });
  if (res.status !== 201) throw new Error(`joining as a person answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as JoinedPerson;
}
