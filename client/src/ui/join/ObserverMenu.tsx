import { useId, useState, type FormEvent } from 'react';
import { Menu } from '../Menu.js';
import { Modal } from '../Modal.js';
import { useT } from '../i18n/index.js';
import { joinSession } from './joinSession.js';
import { loadProfile } from './profile.js';

/**
 * The observer's menu in the top bar. The projector opens straight onto the board without a name;
 * whoever runs it may give one here, so the others see who is watching.
 */
export function ObserverMenu() {
  const t = useT();
  const [naming, setNaming] = useState(false);
  return (
    <>
      <Menu
        label={t('observer.menu')}
        icon="eye"
        className="tool-button"
        entries={[{ label: t('observer.setName'), onSelect: () => setNaming(true) }]}
      />
      {naming && <ObserverNameDialog onClose={() => setNaming(false)} />}
    </>
  );
}

/** An optional name for an observer: shown in presence and the participants list, never required. */
function ObserverNameDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(() => loadProfile().name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void joinSession({ ...loadProfile(), name });
    onClose();
  };
  return (
    <Modal title={t('observer.setName')} onClose={onClose} className="join-dialog">
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('joinIntroObserver')}</p>
        <label htmlFor={`${id}-name`}>{t('name')}</label>
        {/* biome-ignore lint/a11y/noAutofocus: the dialog opened to type this name */}
        <input id={`${id}-name`} autoFocus autoComplete="name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary">
            {t('save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
