import { useId, useState } from 'react';
import { BusyButton } from '../BusyButton.js';
import { revealAll, startBrainstormHere } from '../../privacy/privacyActions.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';
import { usePersonNames } from './personNames.js';

/**
 * The facilitator's private brainstorm: Start private brainstorm on the board viewed (authors kept
 * or anonymous), then how many private notes each person has (never what they say) and Reveal notes.
 */
export function BrainstormControls() {
  const t = useT();
  const id = useId();
  const mode = usePrivacy((s) => s.privateMode);
  const counts = usePrivacy((s) => s.privateCounts);
  const names = usePersonNames();
  const board = useStore((s) => s.boards.find((b) => b.id === mode?.boardId)?.title ?? '');
  const [anonymous, setAnonymous] = useState(true);
  if (!mode?.active) {
    return (
      <div className="privacy-group">
        <label className="check" htmlFor={`${id}-anon`}>
          <input id={`${id}-anon`} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
          {t('privacy.anonymous')}
        </label>
        <button type="button" className="primary" onClick={() => startBrainstormHere(anonymous)}>
          {t('startPrivateBrainstorm')}
        </button>
      </div>
    );
  }
  const rows = [...counts].filter(([, n]) => n > 0);
  return (
    <div className="privacy-group">
      <p className="privacy-state">{t('privacy.running', { board })}</p>
      <ul aria-label={t('privacy.counts')} className="privacy-counts">
        {rows.map(([pid, n]) => (
          <li key={pid}>{t('privacy.count', { name: names.get(pid) ?? t('privacy.someone'), count: n })}</li>
        ))}
      </ul>
      <BusyButton action={revealAll}>{t('revealNotes')}</BusyButton>
    </div>
  );
}
