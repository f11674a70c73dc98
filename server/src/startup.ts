import { log } from './log.js';

/** The result of a start-up step, or its error on one line and exit code 1 (no stack trace for a user's mistake). */
export function orExit<T>(step: () => T, what: (err: Error) => string): T {
  try {
    return step();
  } catch (err) {
    log.error(what(err as Error));
    process.exit(1);
  }
}
