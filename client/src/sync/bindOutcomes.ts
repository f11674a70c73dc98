import type * as Y from 'yjs';
import { OUTCOME_KINDS, outcomeMap, readAllOutcomes } from '@cocreate/shared';
import { openOutcomePanel, useOutcomes, type OutcomePanel } from '../store/outcomes.js';

const PANELS: readonly OutcomePanel[] = ['partners', 'actions', 'value', 'evaluation'];

/**
 * Mirrors the board document's outcome data (partners, agreements, actions, added value,
 * evaluations) into the outcome store; opens the panel a link asks for (`?panel=evaluation`, as a
 * follow-up session's link does). Returns a function that stops the binding.
 */
export function bindOutcomes(board: Y.Doc): () => void {
  const onChange = () => useOutcomes.setState({ outcomes: readAllOutcomes(board) });
  const maps = OUTCOME_KINDS.map((kind) => outcomeMap(board, kind));
  for (const map of maps) map.observeDeep(onChange);
  onChange();
  const asked = new URLSearchParams(window.location.search).get('panel');
  if (PANELS.includes(asked as OutcomePanel)) openOutcomePanel(asked as OutcomePanel);
  return () => {
    for (const map of maps) map.unobserveDeep(onChange);
  };
}
