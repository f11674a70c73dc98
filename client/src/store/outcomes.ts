import { create } from 'zustand';
import { OUTCOME_KINDS, type Outcomes } from '@cocreate/shared';

/** The outcome panels: which one is open. */
export type OutcomePanel = 'partners' | 'actions' | 'value' | 'evaluation';

/** Outcome data of the board document as plain records (sync/bindOutcomes.ts is its only writer), and the open panel. */
export interface OutcomesState {
  outcomes: Outcomes;
  panel: OutcomePanel | null;
}

/** The outcome store: mirrored from Yjs one way; the panels read it and write through shared operations. */
export const useOutcomes = create<OutcomesState>()(() => ({
  outcomes: Object.fromEntries(OUTCOME_KINDS.map((k) => [k, []])) as unknown as Outcomes,
  panel: null,
}));

/** Opens an outcome panel (or closes it with null). */
export function openOutcomePanel(panel: OutcomePanel | null): void {
  useOutcomes.setState({ panel });
}
