import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';
import { joinSession } from './joinSession.js';
import { GROUP_SUGGESTIONS, loadProfile } from './profile.js';

/** An observer who skips the form follows the session without a name. */
const ANONYMOUS = { name: '', organisation: '', group: '' };

/**
 * "Join session": name, organisation and stakeholder group, prefilled from this device's last
 * visit. Modal for those who edit (they must say who they are); observers get a non-modal,
 * optional version so the projector can show the board without anyone filling it in.
 */
export function JoinDialog() {
  const t = useT();
  const role = useStore((s) => s.role);
  const joined = useStore((s) => s.joined);
  const observer = role === 'observer';
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [profile, setProfile] = useState(loadProfile);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || joined || dialog.open) return;
    if (observer) dialog.show();
    else dialog.showModal();
  }, [joined, observer]);

  if (joined) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!observer && !profile.name.trim()) {
      setError(t('nameRequired'));
      return;
    }
    void joinSession(profile);
  };
  const field = (key: keyof typeof profile) => ({
    value: profile[key],
    onChange: (e: { target: { value: string } }) => {
      setProfile({ ...profile, [key]: e.target.value });
      setError(null);
    },
  });

  return (
    <dialog
      ref={ref}
      className={observer ? 'dialog join-dialog join-dialog-observer' : 'dialog join-dialog'}
      aria-labelledby={`${ids}-title`}
      // Escape may not dismiss the form for those who must join; observers skip it.
      onCancel={(e) => {
        if (!observer) e.preventDefault();
        else void joinSession(ANONYMOUS);
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${ids}-title`}>{t('joinSession')}</h2>
        <p className="hint">{t(observer ? 'joinIntroObserver' : 'joinIntro')}</p>
        <label htmlFor={`${ids}-name`}>{t('name')}</label>
        <input
          id={`${ids}-name`}
          autoFocus={!observer}
          autoComplete="name"
          maxLength={100}
          required={!observer}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids}-error` : undefined}
          {...field('name')}
        />
        <label htmlFor={`${ids}-org`}>{t('organisation')}</label>
        <input id={`${ids}-org`} autoComplete="organization" maxLength={200} {...field('organisation')} />
        <label htmlFor={`${ids}-group`}>{t('stakeholderGroup')}</label>
        <input id={`${ids}-group`} list={`${ids}-groups`} autoComplete="off" maxLength={100} {...field('group')} />
        <datalist id={`${ids}-groups`}>
          {GROUP_SUGGESTIONS.map((g) => (
            <option key={g} value={t(`group.${g}`)} />
          ))}
        </datalist>
        {error && (
          <p className="error" id={`${ids}-error`} role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {observer && (
            <button type="button" className="secondary" onClick={() => void joinSession(ANONYMOUS)}>
              {t('notNow')}
            </button>
          )}
          <button type="submit" className="primary">
            {t('join')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
