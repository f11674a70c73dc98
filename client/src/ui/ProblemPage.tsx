import type { SessionProblem } from '../store/index.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { useT } from './i18n/index.js';

/** A full-page explanation of why the session cannot be shown (never a blank page). */
export function ProblemPage({ problem }: { problem: Exclude<SessionProblem, null> }) {
  const t = useT();
  return (
    <main className="problem-page">
      <div className="problem-card" role="alertdialog" aria-labelledby="problem-title" aria-describedby="problem-body">
        <div className="brand">{t('appName')}</div>
        <h1 id="problem-title">{t(`problem.${problem}.title`)}</h1>
        <p id="problem-body">{t(`problem.${problem}.body`)}</p>
        <div className="problem-actions">
          {problem === 'unreachable' && (
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
