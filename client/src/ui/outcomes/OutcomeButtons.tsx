import { openOutcomePanel, useOutcomes, type OutcomePanel } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { Icon, type IconName } from '../Icon.js';
import { ActionPlanPanel } from './ActionPlanPanel.js';
import { AddedValuePanel } from './AddedValuePanel.js';
import { EvaluationPanel } from './EvaluationPanel.js';
import { PartnersPanel } from './PartnersPanel.js';

const BUTTONS: readonly {
  panel: OutcomePanel;
  label: 'outcomes.partners' | 'outcomes.actions' | 'outcomes.value' | 'outcomes.evaluation';
  icon: IconName;
}[] = [
  { panel: 'partners', label: 'outcomes.partners', icon: 'partners' },
  { panel: 'actions', label: 'outcomes.actions', icon: 'actions' },
  { panel: 'value', label: 'outcomes.value', icon: 'value' },
  { panel: 'evaluation', label: 'outcomes.evaluation', icon: 'evaluation' },
];

const PANELS = { partners: PartnersPanel, actions: ActionPlanPanel, value: AddedValuePanel, evaluation: EvaluationPanel };

/**
 * The outcome panels' buttons (every role opens them; observers read only) and the open panel. On
 * a tablet or a phone each shows its icon instead of its name (screens.css), which stays its
 * accessible name and tooltip, so the session's title keeps its room in the top bar.
 */
export function OutcomeButtons() {
  const t = useT();
  const open = useOutcomes((s) => s.panel);
  const Panel = open ? PANELS[open] : null;
  return (
    <>
      <div className="outcome-buttons" role="group" aria-label={t('outcomes.group.label')}>
        {BUTTONS.map(({ panel, label, icon }) => (
          <button
            key={panel}
            type="button"
            className="secondary"
            title={t(label)}
            aria-pressed={open === panel}
            onClick={() => openOutcomePanel(open === panel ? null : panel)}
          >
            <Icon name={icon} size={18} />
            <span className="outcome-label">{t(label)}</span>
          </button>
        ))}
      </div>
      {Panel && <Panel />}
    </>
  );
}
