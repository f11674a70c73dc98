import { loadOrCreateSecret } from './auth/secret.js';
import { log } from './log.js';

/** The signing secret, or a clear message and exit code 1 when DATA_DIR is unusable. */
export function loadSecretOrExit(dataDir: string): Buffer {
  try {
    return loadOrCreateSecret(dataDir);
  } catch (err) {
    log.error(`cannot read or create the signing secret in ${dataDir}: ${(err as Error).message}`);
    process.exit(1);
  }
}
