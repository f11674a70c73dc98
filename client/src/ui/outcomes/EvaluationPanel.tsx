import { useState, type FormEvent } from 'react';
import { addOutcome, type AddedValue } from '@cocreate/shared';
import { openOutcomePanel, useOutcomes } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { useOutcomeDoc } from './outcomeAccess.js';
import { DateField } from './DateField.js';
import { OutcomePanelFrame } from './OutcomePanelFrame.js';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** One intended value: what was intended beside what was realised, and a form to add a judgement. */
function ValueEvaluation({ value }: { value: AddedValue }) {
  const t = useT();
  const doc = useOutcomeDoc();
  const evaluations = useOutcomes((s) => s.outcomes.evaluations).filter((e) => e.valueId === value.id);
  const [rating, setRating] = useState(3);
  const [evidence, setEvidence] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [evaluator, setEvaluator] = useState('');
  const mean = evaluations.length ? evaluations.reduce((n, e) => n + e.rating, 0) / evaluations.length : null;

  function add(e: FormEvent) {
    e.preventDefault();
    if (!doc) return;
    addOutcome(doc, 'evaluations', { valueId: value.id, rating, evidence: evidence.trim(), date, evaluator: evaluator.trim() });
    setEvidence('');
  }

  return (
    <section className="value-evaluation" aria-label={value.description}>
      <div className="intended-realised">
        <div>
          <h3>{t('outcomes.intended', { group: value.group })}</h3>
          <p>{value.description}</p>
        </div>
        <div>
          <h3>{t('outcomes.realised')}</h3>
          <p>{mean === null ? t('outcomes.notEvaluated') : t('outcomes.meanRating', { rating: mean.toFixed(1) })}</p>
          <ul>
            {evaluations.map((e) => (
              <li key={e.id}>
                {t('outcomes.ratingLine', { rating: String(e.rating), date: e.date, evaluator: e.evaluator })}: {e.evidence}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {doc && (
        <form className="outcome-form" onSubmit={add} aria-label={t('outcomes.evaluate', { what: value.description })}>
          <label>
            {t('outcomes.rating')}
            <select className="field" value={rating} onChange={(e) => setRating(Number(e.target.value))}>
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('outcomes.evidence')}
            <input className="field" value={evidence} onChange={(e) => setEvidence(e.target.value)} maxLength={4000} />
          </label>
          <DateField label={t('outcomes.date')} value={date} onChange={setDate} />
          <label>
            {t('outcomes.evaluator')}
            <input className="field" value={evaluator} onChange={(e) => setEvaluator(e.target.value)} maxLength={200} />
          </label>
          <button type="submit" className="primary">
            {t('outcomes.addEvaluation')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The evaluation: for each intended value, the value realised (1–5, evidence, date, who judged). */
export function EvaluationPanel() {
  const t = useT();
  const values = useOutcomes((s) => s.outcomes.addedValue);
  return (
    <OutcomePanelFrame title={t('outcomes.evaluation')}>
      {values.length === 0 ? (
        <>
          <p>{t('outcomes.nothingToEvaluate')}</p>
          <button type="button" className="secondary" onClick={() => openOutcomePanel('value')}>
            {t('outcomes.openValue')}
          </button>
        </>
      ) : (
        values.map((v) => <ValueEvaluation key={v.id} value={v} />)
      )}
    </OutcomePanelFrame>
  );
}
