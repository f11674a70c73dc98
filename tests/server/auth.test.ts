// Tokens: forged, altered, another session's, expired or missing ones are refused with the contract's
// close code, after the WebSocket was accepted (so browsers can read the code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes, controlDocName, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let other: CreateSessionResponse;
let healthy: HealthyPair;

beforeAll(async () => {
  server = await startServer();
  [session, other] = await Promise.all([createSession(server, 'Mine'), createSession(server, 'Theirs')]);
  healthy = await healthyPair(server, session);
});
afterAll(async () => {
  healthy.destroy();
  await server.stop();
});

/** Opens a raw socket and expects it accepted, then closed with `code`. */
async function expectRefused(docName: string, token: string | undefined, code: number): Promise<void> {
  const socket = rawSocket(server, docName, token);
  await socket.opened;
  expect((await socket.closed).code).toBe(code);
  await healthy.check();
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
const withClaims = (claims: Record<string, unknown>, sig: string) => `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`;

describe('tokens on the WebSocket', () => {
  it('a missing token: 4401', async () => {
    await expectRefused(session.id, undefined, CloseCodes.unauthorized.code);
    await expectRefused(session.id, '', CloseCodes.unauthorized.code);
  });

  it('garbage and a forged token: 4401', async () => {
    await expectRefused(session.id, 'not-a-token', CloseCodes.unauthorized.code);
    const forged = withClaims(
      { v: 1, sid: session.id, role: 'facilitator', exp: 4_000_000_000 },
      Buffer.alloc(32, 7).toString('base64url'),
    );
    await expectRefused(session.id, forged, CloseCodes.unauthorized.code);
  });

  it('a token with its signature altered: 4401', async () => {
    const token = session.tokens.participant;
    const sig = token.slice(token.indexOf('.') + 1);
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    await expectRefused(session.id, `${token.slice(0, token.indexOf('.'))}.${flipped}`, CloseCodes.unauthorized.code);
    await expectRefused(session.id, `${token.slice(0, token.indexOf('.'))}.${sig.slice(0, -4)}`, CloseCodes.unauthorized.code);
  });

  it('a valid token with characters appended to its signature: 4401 and 401', async () => {
    for (const tail of ['=', '==', 'A', '%3D']) {
      const token = session.tokens.facilitator + tail;
      await expectRefused(session.id, token, CloseCodes.unauthorized.code);
      const res = await fetch(`${server.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
    }
  });

  it('a 100 KiB token: the WebSocket is accepted, then closed with 4401; the API answers 401', async () => {
    const huge = `${'a'.repeat(100 * 1024)}.${'b'.repeat(43)}`;
    await expectRefused(session.id, huge, CloseCodes.unauthorized.code);
    const res = await fetch(`${server.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${huge}` } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });

  it('an observer token whose payload was raised to facilitator: 4401', async () => {
    const token = session.tokens.observer;
    const raised = withClaims({ ...claimsOf(token), role: 'facilitator' }, token.slice(token.indexOf('.') + 1));
    await expectRefused(controlDocName(session.id), raised, CloseCodes.unauthorized.code);
  });

  it('a token moved to another session: payload re-pointed 4401, or used as is 4403', async () => {
    const token = session.tokens.facilitator;
    const moved = withClaims({ ...claimsOf(token), sid: other.id }, token.slice(token.indexOf('.') + 1));
    await expectRefused(other.id, moved, CloseCodes.unauthorized.code);
    await expectRefused(other.id, token, CloseCodes.forbidden.code);
    await expectRefused(controlDocName(other.id), session.tokens.participant, CloseCodes.forbidden.code);
  });

  it('a valid token on a document name that is not its session’s: 4403', async () => {
    await expectRefused(`${session.id}.other`, session.tokens.facilitator, CloseCodes.forbidden.code);
    await expectRefused(`${session.id}x`, session.tokens.facilitator, CloseCodes.forbidden.code);
  });

  it('a stock provider refused with 4401 stops, and never syncs', async () => {
    const client = connectDoc(server, session.id, 'forged.token');
    expect((await client.closed).code).toBe(CloseCodes.unauthorized.code);
    await expect(client.synced).rejects.toThrow(/4401/);
    expect(client.provider.shouldConnect).toBe(false);
    client.destroy();
  });
});

describe('expired tokens', () => {
  let shortLived: TestServer;
  afterAll(() => shortLived?.stop());

  it('a token past its expiry: 4401 on the WebSocket and 401 on the HTTP API', async () => {
    shortLived = await startServer({ env: { TOKEN_TTL_SECONDS: '3' } });
    const s = await createSession(shortLived);
    const info = (token: string) => fetch(`${shortLived.url}/api/sessions/${s.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await info(s.tokens.participant)).status).toBe(200); // at least 2 s left: valid now
    const exp = claimsOf(s.tokens.participant).exp as number;
    await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 100));
    const socket = rawSocket(shortLived, s.id, s.tokens.participant);
    await socket.opened;
    expect((await socket.closed).code).toBe(CloseCodes.unauthorized.code);
    const res = await info(s.tokens.participant);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });
});
