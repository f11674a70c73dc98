import { useState, type FormEvent } from 'react';
import { ROLES, type CreateSessionResponse, type Language } from '@cocreate/shared';
import { useLanguage, useT } from '../i18n/index.js';
import { LanguageSelect } from '../LanguageSelect.js';
import { LanguageSwitch } from '../LanguageSwitch.js';
import { CopyLink } from '../links/CopyLink.js';
import { QrCode } from '../links/QrCode.js';
import { createSession } from './createSession.js';
import { ImportSession } from './ImportSession.js';
import './home.css';

/** The start page: a facilitator creates a session and gets the links to hand out. */
export function HomePage() {
  const t = useT();
  const uiLanguage = useLanguage((s) => s.language);
  const [title, setTitle] = useState('');
  const [challenge, setChallenge] = useState('');
  const [language, setSessionLanguage] = useState<Language>(uiLanguage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateSessionResponse | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await createSession({ title: title.trim(), language, challenge: challenge.trim() || undefined }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="home-page">
      <div className="home-card">
        <div className="home-head">
          <div className="brand">
            <span className="brand-mark" />
            {t('appName')}
          </div>
          <LanguageSwitch />
        </div>
        {created ? (
          <section aria-labelledby="links-title">
            <h1 id="links-title">{t('home.created')}</h1>
            <p>{t('home.linksHint')}</p>
            {ROLES.map((role) => (
              <CopyLink key={role} label={t(`link.${role}`)} url={created.links[role]} />
            ))}
            <figure className="home-qr">
              <QrCode url={created.links.participant} label={t('invite.qr', { what: t('link.participant') })} />
              <figcaption>{t('home.qrCaption')}</figcaption>
            </figure>
            <a className="button primary" href={created.links.facilitator}>
              {t('home.openAsFacilitator')}
            </a>
          </section>
        ) : (
          <form onSubmit={submit} aria-labelledby="home-title">
            <h1 id="home-title">{t('home.title')}</h1>
            <p>{t('home.intro')}</p>
            <label>
              {t('home.sessionTitle')}
              {/* biome-ignore lint/a11y/noAutofocus: the start page's one task is this form */}
              <input className="field" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
            </label>
            <label>
              {t('home.challenge')}
              <textarea className="field" maxLength={2000} rows={3} value={challenge} onChange={(e) => setChallenge(e.target.value)} />
            </label>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: the label wraps LanguageSelect's <select> */}
            <label>
              {t('home.sessionLanguage')}
              <LanguageSelect className="field" value={language} onChange={setSessionLanguage} />
            </label>
            {error && (
              <p role="alert" className="form-error">
                {t('home.failed', { reason: error })}
              </p>
            )}
            <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
              {t('home.create')}
            </button>
          </form>
        )}
        {!created && <ImportSession onImported={setCreated} />}
      </div>
    </main>
  );
}
