// Raw HTTP over TCP (node:net): sends bytes exactly as given, which `fetch` would normalise or refuse.
import net from 'node:net';

/** What came back: the status code of the first answer, or null when the server answered nothing. */
export interface RawAnswer {
  status: number | null;
  /** The whole answer, as latin1 text. */
  text: string;
}

const SILENCE_MS = 1_000;
const QUIET_MS = 150;

/** The `Upgrade` headers a WebSocket client sends, with a valid key. */
export const UPGRADE_HEADERS =
  'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

/**
 * Writes `request` to a new connection to `port` and collects the answer: until the server closes,
 * or goes quiet for a moment after answering (keep-alive; an accepted WebSocket stays open). A
 * server still silent after a second is told that nothing more comes (half-close), as for a request
 * cut short; `status` is null when even that brings no answer within `timeoutMs`.
 */
export function sendRaw(port: number, request: string | Buffer, timeoutMs = 3_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let quiet: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(timer);
      clearTimeout(halfClose);
      clearTimeout(quiet);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    };
    const timer = setTimeout(done, timeoutMs);
    const halfClose = setTimeout(() => socket.end(), SILENCE_MS);
    socket.on('connect', () => socket.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      clearTimeout(halfClose);
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    socket.on('close', done);
    socket.on('error', () => {}); // a reset ends in 'close' as well
  });
}

/** Sends every request, `parallel` at a time; the answers in the same order. */
export async function sendAllRaw(port: number, requests: readonly (string | Buffer)[], parallel = 16): Promise<RawAnswer[]> {
  const answers: RawAnswer[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      answers[i] = await sendRaw(port, requests[i]!);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return answers;
}
