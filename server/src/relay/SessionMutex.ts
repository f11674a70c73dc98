/**
 * Runs server work on one session at a time (reveal, tally): two requests that both find a
 * brainstorm open must not both publish it.
 */
export interface SessionMutex {
  run<T>(sessionId: string, work: () => Promise<T>): Promise<T>;
}

/** One piece of work per session at a time within this process. */
export function localMutex(): SessionMutex {
  const tails = new Map<string, Promise<void>>();
  return {
    run(sessionId, work) {
      const result = (tails.get(sessionId) ?? Promise.resolve()).then(work);
      const tail = result.then(
        () => {},
        () => {},
      );
      tails.set(sessionId, tail);
      void tail.then(() => {
        if (tails.get(sessionId) === tail) tails.delete(sessionId);
      });
      return result;
    },
  };
}
