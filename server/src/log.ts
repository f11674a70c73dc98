/** Minimal leveled logging to stdout/stderr, one line per event. */
export const log = {
  info: (msg: string, ...rest: unknown[]) => console.log(msg, ...rest),
  warn: (msg: string, ...rest: unknown[]) => console.warn(`warn: ${msg}`, ...rest),
  error: (msg: string, ...rest: unknown[]) => console.error(`error: ${msg}`, ...rest),
};
