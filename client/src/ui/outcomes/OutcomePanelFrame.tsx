import { useId, type ReactNode } from 'react';
import { openOutcomePanel } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { Icon } from '../Icon.js';
import './outcomes.css';

/** A panel beside the board (not modal: the board stays in reach while the plan is written). */
export function OutcomePanelFrame({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section role="dialog" aria-labelledby={id} className="outcome-panel panel">
      <header className="outcome-panel-head">
        <h2 id={id}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('close')} onClick={() => openOutcomePanel(null)}>
          <Icon name="close" size={18} />
        </button>
      </header>
      <div className="outcome-panel-body">{children}</div>
    </section>
  );
}
