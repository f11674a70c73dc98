import { useState, type FormEvent } from 'react';
import { VALUE_CATEGORIES, addOutcome, type AddedValue, type ValueCategory } from '@cocreate/shared';
import { useOutcomes } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { useOutcomeDoc } from './outcomeAccess.js';
import { OutcomePanelFrame } from './OutcomePanelFrame.js';
import { RemoveCell } from './RemoveCell.js';

/** Lines of a text area as a list, empty ones left out. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Intended added value per stakeholder group, with success factors and risks (each with a mitigation). */
export function AddedValuePanel() {
  const t = useT();
  const doc = useOutcomeDoc();
  const values = useOutcomes((s) => s.outcomes.addedValue);
  const [group, setGroup] = useState('');
  const [category, setCategory] = useState<ValueCategory>('education');
  const [description, setDescription] = useState('');
  const [factors, setFactors] = useState('');
  const [risk, setRisk] = useState('');
  const [mitigation, setMitigation] = useState('');

  function add(e: FormEvent) {
    e.preventDefault();
    if (!doc || !group.trim() || !description.trim()) return;
    const risks = risk.trim() ? [{ risk: risk.trim(), mitigation: mitigation.trim() }] : [];
    addOutcome(doc, 'addedValue', {
      group: group.trim(),
      category,
      description: description.trim(),
      successFactors: lines(factors),
      risks,
    });
    for (const set of [setGroup, setDescription, setFactors, setRisk, setMitigation]) set('');
  }

  const groups = [...new Set(values.map((v) => v.group))].sort();
  const row = (v: AddedValue) => (
    <tr key={v.id}>
      <td>{t(`outcomes.category.${v.category}`)}</td>
      <td>{v.description}</td>
      <td>{v.successFactors.join('; ')}</td>
      <td>{v.risks.map((r) => (r.mitigation ? `${r.risk} (${r.mitigation})` : r.risk)).join('; ')}</td>
      <RemoveCell doc={doc} kind="addedValue" id={v.id} />
    </tr>
  );
  return (
    <OutcomePanelFrame title={t('outcomes.value')}>
      {groups.length === 0 && <p>{t('outcomes.noValue')}</p>}
      {groups.map((g) => (
        <section key={g} aria-label={g}>
          <h3>{g}</h3>
          <table className="outcome-table">
            <thead>
              <tr>
                <th>{t('outcomes.category')}</th>
                <th>{t('outcomes.description')}</th>
                <th>{t('outcomes.successFactors')}</th>
                <th>{t('outcomes.risks')}</th>
                {doc && <th aria-label={t('outcomes.remove')} />}
              </tr>
            </thead>
            <tbody>{values.filter((v) => v.group === g).map(row)}</tbody>
          </table>
        </section>
      ))}
      {doc && (
        <form className="outcome-form" onSubmit={add}>
          <label>
            {t('outcomes.group')}
            <input className="field" value={group} onChange={(e) => setGroup(e.target.value)} maxLength={100} required />
          </label>
          <label>
            {t('outcomes.category')}
            <select className="field" value={category} onChange={(e) => setCategory(e.target.value as ValueCategory)}>
              {VALUE_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`outcomes.category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('outcomes.description')}
            <textarea
              className="field"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              rows={2}
              maxLength={4000}
              required
            />
          </label>
          <label className="wide">
            {t('outcomes.successFactorsHint')}
            <textarea className="field" value={factors} onChange={(e) => setFactors(e.target.value)} rows={2} />
          </label>
          <label>
            {t('outcomes.risk')}
            <input className="field" value={risk} onChange={(e) => setRisk(e.target.value)} maxLength={1000} />
          </label>
          <label>
            {t('outcomes.mitigation')}
            <input className="field" value={mitigation} onChange={(e) => setMitigation(e.target.value)} maxLength={1000} />
          </label>
          <button type="submit" className="primary" disabled={!group.trim() || !description.trim()}>
            {t('outcomes.addValue')}
          </button>
        </form>
      )}
    </OutcomePanelFrame>
  );
}
