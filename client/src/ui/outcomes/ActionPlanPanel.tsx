import { useState, type FormEvent } from 'react';
import { ACTION_STATUSES, addOutcome, updateOutcome, type ActionStatus } from '@cocreate/shared';
import { useOutcomes } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { useOutcomeDoc, usePeopleNames } from './outcomeAccess.js';
import { DateField } from './DateField.js';
import { OutcomePanelFrame } from './OutcomePanelFrame.js';
import { RemoveCell } from './RemoveCell.js';

/** The action plan: what, who, by when, status; a table everyone reads and a form to add. */
export function ActionPlanPanel() {
  const t = useT();
  const doc = useOutcomeDoc();
  const actions = useOutcomes((s) => s.outcomes.actions);
  const people = usePeopleNames();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const [status, setStatus] = useState<ActionStatus>('open');

  function add(e: FormEvent) {
    e.preventDefault();
    if (!doc || !what.trim()) return;
    addOutcome(doc, 'actions', { what: what.trim(), who: who.trim(), dueDate: due, status });
    setWhat('');
    setWho('');
    setDue('');
    setStatus('open');
  }

  return (
    <OutcomePanelFrame title={t('outcomes.actions')}>
      {actions.length === 0 ? (
        <p>{t('outcomes.noActions')}</p>
      ) : (
        <table className="outcome-table">
          <thead>
            <tr>
              <th>{t('outcomes.what')}</th>
              <th>{t('outcomes.who')}</th>
              <th>{t('outcomes.due')}</th>
              <th>{t('outcomes.status')}</th>
              {doc && <th aria-label={t('outcomes.remove')} />}
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td>{a.what}</td>
                <td>{a.who}</td>
                <td>{a.dueDate}</td>
                <td>
                  <select
                    className="field"
                    aria-label={t('outcomes.progressOf', { what: a.what })}
                    value={a.status}
                    disabled={!doc}
                    onChange={(e) => doc && updateOutcome(doc, 'actions', a.id, { status: e.target.value as ActionStatus })}
                  >
                    {ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`outcomes.status.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <RemoveCell doc={doc} kind="actions" id={a.id} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {doc && (
        <form className="outcome-form" onSubmit={add}>
          <label>
            {t('outcomes.what')}
            <input className="field" value={what} onChange={(e) => setWhat(e.target.value)} maxLength={4000} required />
          </label>
          <label>
            {t('outcomes.who')}
            <input
              className="field"
              value={who}
              onChange={(e) => setWho(e.target.value)}
              maxLength={200}
              placeholder={people.slice(0, 3).join(', ')}
            />
          </label>
          <DateField label={t('outcomes.due')} value={due} onChange={setDue} />
          <label>
            {t('outcomes.status')}
            <select className="field" value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`outcomes.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={!what.trim()}>
            {t('outcomes.addAction')}
          </button>
        </form>
      )}
    </OutcomePanelFrame>
  );
}
