import { useMemo } from 'react';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';

/** Names of the people present by their person id (from presence), kept current as people come and go. */
export function usePersonNames(): ReadonlyMap<string, string> {
  const roster = useStore((s) => s.roster);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `roster` changes whenever someone comes, goes or is renamed; names are read from awareness itself.
  return useMemo(() => {
    const out = new Map<string, string>();
    for (const raw of getLiveSession()?.awareness.getStates().values() ?? []) {
      const state = raw as { personId?: unknown; name?: unknown };
      if (typeof state.personId === 'string' && typeof state.name === 'string' && state.name) out.set(state.personId, state.name);
    }
    return out;
  }, [roster]);
}
