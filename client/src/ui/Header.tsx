import { useEffect } from 'react';
import { useStore } from '../store/index.js';
import { ConnectionStatus } from './ConnectionStatus.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { formatDateTime, useLanguage, useT } from './i18n/index.js';
import { SessionFilesButtons } from './records/SessionFilesButtons.js';
import { OutcomeButtons } from './outcomes/OutcomeButtons.js';
import { Icon } from './Icon.js';
import { InviteButton } from './invite/InviteButton.js';
import { ObserverMenu } from './join/ObserverMenu.js';

/** Top bar: the session title, the board being viewed, read-only badge, connection and language. */
export function Header() {
  const t = useT();
  const title = useStore((s) => s.title);
  const boardTitle = useStore((s) => s.boards.find((b) => b.id === s.boardId)?.title ?? '');
  const role = useStore((s) => s.role);
  const snapshot = useStore((s) => s.snapshot);
  const language = useLanguage((s) => s.language);
  useEffect(() => {
    document.title = title ? `${title} · ${t('appName')}` : t('appName');
  }, [title, t]);
  return (
    <header className="topbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark" />
        {t('appName')}
      </div>
      <h1 className="session-title">
        <span>{title}</span>
        {boardTitle && <span className="board-name"> / {boardTitle}</span>}
      </h1>
      {snapshot && (
        <output className="badge snapshot-badge">
          <Icon name="camera" size={16} />{' '}
          {t('snapshots.banner', {
            name: snapshot.name,
            time: formatDateTime(snapshot.createdAt, language),
          })}
        </output>
      )}
      {role === 'observer' && !snapshot && (
        <span className="badge">
          <Icon name="eye" size={16} /> {t('readOnly')}
        </span>
      )}
      {role === 'facilitator' && <span className="badge role-badge">{t('role.facilitator')}</span>}
      <OutcomeButtons />
      <div className="topbar-end">
        {role === 'facilitator' && <InviteButton />}
        {role === 'facilitator' && <SessionFilesButtons />}
        {role === 'observer' && <ObserverMenu />}
        <ConnectionStatus />
        <LanguageSwitch />
      </div>
    </header>
  );
}
