import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';

/** In the facilitation bar while a round is open: the votes this person has left. */
export function VotingStatus() {
  const t = useT();
  const voter = useStore((s) => s.role !== null && s.role !== 'observer');
  const open = usePrivacy((s) => s.voting?.active === true && s.personId !== null);
  const left = usePrivacy((s) => s.votesLeft);
  if (!voter || !open) return null;
  return (
    <span role="status" className="badge votes-left">
      {t('votesLeft', { count: left })}
    </span>
  );
}
