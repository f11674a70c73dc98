/**
 * Transaction origin of the changes this process makes through the SDK's operations. A
 * `Y.UndoManager` tracking it undoes only this user's changes, never remote ones (which arrive
 * with the provider as origin).
 */
export const LOCAL_ORIGIN: { readonly source: 'local' } = Object.freeze({ source: 'local' as const });

/** Options every operation takes. */
export interface OpOptions {
  /** Transaction origin; defaults to LOCAL_ORIGIN. */
  origin?: unknown;
}

/** The origin an operation should use. */
export function originOf(opts?: OpOptions): unknown {
  return opts?.origin ?? LOCAL_ORIGIN;
}
