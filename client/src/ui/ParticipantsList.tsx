import { useMemo } from 'react';
import { presenceColor } from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { useT } from './i18n/index.js';
import { peopleOf } from './people.js';

/**
 * Who is here: every person of the board document (name, organisation, stakeholder group, role),
 * a person once however many devices they joined from, with an online dot from awareness, plus
 * named observers. Online people first; the count in the heading is the people online.
 */
export function ParticipantsList() {
  const t = useT();
  const participants = useStore((s) => s.participants);
  const roster = useStore((s) => s.roster);
  const me = useStore((s) => s.participantId);
  const rows = useMemo(() => peopleOf(participants, roster, me), [participants, roster, me]);
  const onlineCount = rows.filter((r) => r.online).length;
  return (
    <section className="participants" aria-labelledby="participants-heading">
      <h2 className="panel-heading" id="participants-heading">
        {t('participants')}{' '}
        <span className="count" title={t('people.onlineCount', { count: onlineCount })}>
          {onlineCount}
        </span>
      </h2>
      <ul aria-label={t('participants')}>
        {rows.map((p) => (
          <li key={p.id} className={p.online ? 'online' : 'away'}>
            <span className="avatar" style={{ background: presenceColor(p.id) }} aria-hidden="true">
              {initials(p.name)}
            </span>
            <span className="who">
              <span className="name">
                {p.name}
                {p.isMe && <span className="me"> ({t('you')})</span>}
              </span>
              <span className="details">
                {[p.organisation, p.group, t(`role.${p.role}`), p.devices > 1 ? t('people.devices', { count: p.devices }) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
            <span className={`presence-dot ${p.online ? 'on' : 'off'}`} title={t(p.online ? 'online' : 'away')}>
              <span className="visually-hidden">{t(p.online ? 'online' : 'away')}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
