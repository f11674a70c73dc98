import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';
import { joinSession } from './joinSession.js';
import { GROUP_SUGGESTIONS, loadProfile } from './profile.js';

/**
 * "Join session": name, organisation and stakeholder group, prefilled from this device's last
 * visit; modal, since those who edit must say who they are. Observers (the projector) never see
 * it: they join straight away (joinSession.ts resumeJoin) and may give a name from their menu.
 */
export function JoinDialog() {
  const t = useT();
  const role = useStore((s) => s.role);
  const joined = useStore((s) => s.joined);
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [profile, setProfile] = useState(loadProfile);
  const [error, setError] = useState<string | null>(null);

  const observer = role === 'observer';
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || joined || observer || dialog.open) return;
    dialog.showModal();
  }, [joined, observer]);

  if (joined || observer) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!profile.name.trim()) {
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
      className="dialog join-dialog"
      aria-labelledby={`${ids}-title`}
      // Escape may not dismiss the form: those who edit must say who they are.
      onCancel={(e) => e.preventDefault()}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${ids}-title`}>{t('joinSession')}</h2>
        <p className="hint">{t('joinIntro')}</p>
        <label htmlFor={`${ids}-name`}>{t('name')}</label>
        <input
          id={`${ids}-name`}
          autoFocus
          autoComplete="name"
          maxLength={100}
          required
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
          <button type="submit" className="primary">
            {t('join')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
