import { useMemo } from 'react';
import { presenceColor, type Participant } from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { useT } from './i18n/index.js';

/**
 * Who is here: every participant of the board document (name, organisation, stakeholder group,
 * role) with an online dot from awareness, plus observers and others present but not joined.
 * Online people first, then by name.
 */
export function ParticipantsList() {
  const t = useT();
  const participants = useStore((s) => s.participants);
  const presence = useStore((s) => s.presence);
  const me = useStore((s) => s.participantId);
  const rows = useMemo(() => {
    const online = new Set(presence.map((p) => p.participantId));
    if (me) online.add(me);
    const known = new Set(participants.map((p) => p.id));
    const guests: Participant[] = presence
      .filter((p) => !known.has(p.participantId) && p.name)
      .map((p) => ({ id: p.participantId, name: p.name, organisation: '', group: '', role: p.role, joinedAt: 0 }));
    const unique = new Map([...participants, ...guests].map((p) => [p.id, p]));
    return [...unique.values()]
      .map((p) => ({ ...p, online: online.has(p.id) }))
      .sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name));
  }, [participants, presence, me]);
  return (
    <section className="participants" aria-labelledby="participants-heading">
      <h2 className="panel-heading" id="participants-heading">
        {t('participants')} <span className="count">{rows.filter((r) => r.online).length}</span>
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
                {p.id === me && <span className="me"> ({t('you')})</span>}
              </span>
              <span className="details">{[p.organisation, p.group, t(`role.${p.role}`)].filter(Boolean).join(' · ')}</span>
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
