import { useState, type FormEvent } from 'react';
import { addOutcome } from '@cocreate/shared';
import { useOutcomes } from '../../store/outcomes.js';
import { useT } from '../i18n/index.js';
import { useOutcomeDoc } from './outcomeAccess.js';
import { DateField } from './DateField.js';
import { OutcomePanelFrame } from './OutcomePanelFrame.js';
import { RemoveCell } from './RemoveCell.js';

const PARTNER_FIELDS = ['organisation', 'group', 'contact', 'interests', 'ambitions', 'expectations', 'obligations'] as const;
type PartnerField = (typeof PARTNER_FIELDS)[number];
const EMPTY = Object.fromEntries(PARTNER_FIELDS.map((f) => [f, ''])) as Record<PartnerField, string>;

/** Partners with their interests, expectations and obligations, and what they agreed on confidentiality and publication. */
export function PartnersPanel() {
  const t = useT();
  const doc = useOutcomeDoc();
  const partners = useOutcomes((s) => s.outcomes.partners);
  const agreements = useOutcomes((s) => s.outcomes.agreements);
  const [partner, setPartner] = useState(EMPTY);
  const [title, setTitle] = useState('');
  const [nda, setNda] = useState(false);
  const [confidential, setConfidential] = useState('');
  const [publication, setPublication] = useState('');
  const [publishedBy, setPublishedBy] = useState('');
  const [embargo, setEmbargo] = useState('');

  function addPartner(e: FormEvent) {
    e.preventDefault();
    if (!doc || !partner.organisation.trim()) return;
    addOutcome(doc, 'partners', Object.fromEntries(PARTNER_FIELDS.map((f) => [f, partner[f].trim()])) as Record<PartnerField, string>);
    setPartner(EMPTY);
  }

  function addAgreement(e: FormEvent) {
    e.preventDefault();
    if (!doc || !title.trim()) return;
    addOutcome(doc, 'agreements', {
      title: title.trim(),
      nda,
      confidential,
      publication,
      publishedBy,
      embargoUntil: embargo,
      partnerIds: [],
    });
    for (const set of [setTitle, setConfidential, setPublication, setPublishedBy, setEmbargo]) set('');
    setNda(false);
  }

  return (
    <OutcomePanelFrame title={t('outcomes.partners')}>
      {partners.length === 0 ? (
        <p>{t('outcomes.noPartners')}</p>
      ) : (
        <table className="outcome-table">
          <thead>
            <tr>
              {PARTNER_FIELDS.map((f) => (
                <th key={f}>{t(`outcomes.partner.${f}`)}</th>
              ))}
              {doc && <th aria-label={t('outcomes.remove')} />}
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.id}>
                {PARTNER_FIELDS.map((f) => (
                  <td key={f}>{p[f]}</td>
                ))}
                <RemoveCell doc={doc} kind="partners" id={p.id} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {doc && (
        <form className="outcome-form" onSubmit={addPartner} aria-label={t('outcomes.addPartner')}>
          {PARTNER_FIELDS.map((f) => (
            <label key={f}>
              {t(`outcomes.partner.${f}`)}
              <input
                className="field"
                value={partner[f]}
                onChange={(e) => setPartner({ ...partner, [f]: e.target.value })}
                maxLength={4000}
                required={f === 'organisation'}
              />
            </label>
          ))}
          <button type="submit" className="primary" disabled={!partner.organisation.trim()}>
            {t('outcomes.addPartner')}
          </button>
        </form>
      )}
      <h3>{t('outcomes.agreements')}</h3>
      {agreements.length === 0 ? (
        <p>{t('outcomes.noAgreements')}</p>
      ) : (
        <ul className="agreement-list">
          {agreements.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong> · {t('outcomes.nda')}: {a.nda ? t('outcomes.yes') : t('outcomes.no')}
              {a.confidential && ` · ${t('outcomes.confidential')}: ${a.confidential}`}
              {a.publication && ` · ${t('outcomes.publication')}: ${a.publication}`}
              {a.publishedBy && ` · ${t('outcomes.publishedBy')}: ${a.publishedBy}`}
              {a.embargoUntil && ` · ${t('outcomes.embargo')}: ${a.embargoUntil}`}
            </li>
          ))}
        </ul>
      )}
      {doc && (
        <form className="outcome-form" onSubmit={addAgreement} aria-label={t('outcomes.addAgreement')}>
          <label className="wide">
            {t('outcomes.agreement')}
            <input className="field" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={4000} required />
          </label>
          <label className="check">
            <input type="checkbox" checked={nda} onChange={(e) => setNda(e.target.checked)} /> {t('outcomes.nda')}
          </label>
          <label>
            {t('outcomes.confidential')}
            <input className="field" value={confidential} onChange={(e) => setConfidential(e.target.value)} maxLength={4000} />
          </label>
          <label>
            {t('outcomes.publication')}
            <input className="field" value={publication} onChange={(e) => setPublication(e.target.value)} maxLength={4000} />
          </label>
          <label>
            {t('outcomes.publishedBy')}
            <input className="field" value={publishedBy} onChange={(e) => setPublishedBy(e.target.value)} maxLength={4000} />
          </label>
          <DateField label={t('outcomes.embargo')} value={embargo} onChange={setEmbargo} />
          <button type="submit" className="primary" disabled={!title.trim()}>
            {t('outcomes.addAgreement')}
          </button>
        </form>
      )}
    </OutcomePanelFrame>
  );
}
