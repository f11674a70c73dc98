import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** File name of the signing secret inside DATA_DIR. */
export const SECRET_FILE = 'secret.key';

/**
 * The server's token-signing secret: read from DATA_DIR, or created there on first start with
 * mode 0600 (so tokens stay valid across restarts on the same DATA_DIR).
 */
export function loadOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    const secret = Buffer.from(text, 'base64url');
    if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 bytes`);
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(32);
  // 'wx' fails if another process created it meanwhile; then use theirs.
  try {
    fs.writeFileSync(file, secret.toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecret(dataDir);
    throw err;
  }
  return secret;
}
