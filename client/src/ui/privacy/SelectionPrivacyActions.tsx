import { useState } from 'react';
import { selectedSharedNotes } from '../../privacy/clusterActions.js';
import { voteOn } from '../../privacy/privacyActions.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';
import { ClusterDialog } from './ClusterDialog.js';

/** In the selection bar: Vote / Remove vote on one selected item while a round is open, and Cluster. */
export function SelectionPrivacyActions() {
  const t = useT();
  const role = useStore((s) => s.role);
  const single = useStore((s) => (s.selectedIds.size === 1 ? [...s.selectedIds][0]! : null));
  const anyNote = useStore((s) => [...s.selectedIds].some((id) => s.items.get(id)?.type === 'note'));
  const open = usePrivacy((s) => s.voting?.active === true);
  const mine = usePrivacy((s) => (single ? (s.myVotes.get(single) ?? 0) : 0));
  const [clustering, setClustering] = useState<string[] | null>(null);
  if (role === null || role === 'observer') return null;
  return (
    <>
      {open && single && (
        <>
          <button type="button" className="text-button" onClick={() => voteOn(single, 1)}>
            {t('vote')}
          </button>
          <button type="button" className="text-button" onClick={() => voteOn(single, -1)}>
            {t('removeVote')}
          </button>
          {mine > 0 && <span className="my-votes">{t('voting.myVotes', { count: mine })}</span>}
        </>
      )}
      {anyNote && (
        <button type="button" className="text-button" onClick={() => setClustering(selectedSharedNotes())}>
          {t('cluster')}
        </button>
      )}
      {clustering && <ClusterDialog noteIds={clustering} onClose={() => setClustering(null)} />}
    </>
  );
}
