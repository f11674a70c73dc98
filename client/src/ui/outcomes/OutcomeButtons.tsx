import { openOutcomePanel, useOutcomes, type OutcomePanel } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { ActionPlanPanel } from './ActionPlanPanel.js';
import { AddedValuePanel } from './AddedValuePanel.js';
import { EvaluationPanel } from './EvaluationPanel.js';
import { PartnersPanel } from './PartnersPanel.js';

const BUTTONS: readonly {
  panel: OutcomePanel;
  label: 'outcomes.partners' | 'outcomes.actions' | 'outcomes.value' | 'outcomes.evaluation';
}[] = [
  { panel: 'partners', label: 'outcomes.partners' },
  { panel: 'actions', label: 'outcomes.actions' },
  { panel: 'value', label: 'outcomes.value' },
  { panel: 'evaluation', label: 'outcomes.evaluation' },
];

const PANELS = { partners: PartnersPanel, actions: ActionPlanPanel, value: AddedValuePanel, evaluation: EvaluationPanel };

/** The outcome panels' buttons (every role opens them; observers read only) and the open panel. */
export function OutcomeButtons() {
  const t = useT();
  const open = useOutcomes((s) => s.panel);
  const Panel = open ? PANELS[open] : null;
  return (
    <>
      <div className="outcome-buttons" role="group" aria-label={t('outcomes.group.label')}>
        {BUTTONS.map(({ panel, label }) => (
          <button
            key={panel}
            type="button"
            className="secondary"
            aria-pressed={open === panel}
            onClick={() => openOutcomePanel(open === panel ? null : panel)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {Panel && <Panel />}
    </>
  );
}
