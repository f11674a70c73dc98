import { useState } from 'react';
import { startFollowUp } from '../../api/sessionFiles.js';
import { showToast } from '../../canvas/feedback/toast.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { BusyButton } from '../BusyButton.js';
import { useT } from '../i18n/index.js';
import { Icon } from '../Icon.js';
import { ExportMenu } from './ExportMenu.js';
import { SnapshotsDialog } from './SnapshotsDialog.js';

/** Where a follow-up session opens: on the evaluation of the value intended before. */
export function followUpLink(facilitatorLink: string): string {
  const url = new URL(facilitatorLink);
  url.searchParams.set('panel', 'evaluation');
  return url.href;
}

/** The facilitator's session files in the top bar: Export, Snapshots, Start follow-up session. */
export function SessionFilesButtons() {
  const t = useT();
  const [snapshots, setSnapshots] = useState(false);
  const live = getLiveSession();
  if (!live || live.role !== 'facilitator') return null;
  const followUp = () =>
    startFollowUp(live.sessionId, live.token).then(
      (created) => window.open(followUpLink(created.links.facilitator), '_blank', 'noopener'),
      (err: Error) => showToast(t('followUp.failed', { reason: err.message })),
    );
  return (
    <>
      <ExportMenu />
      <button
        type="button"
        className="secondary"
        aria-label={t('snapshots.button')}
        title={t('snapshots.button')}
        onClick={() => setSnapshots(true)}
      >
        <Icon name="camera" size={18} />
      </button>
      <BusyButton className="secondary" label={t('followUp.button')} action={followUp}>
        <Icon name="next" size={18} />
      </BusyButton>
      {snapshots && <SnapshotsDialog sessionId={live.sessionId} token={live.token} onClose={() => setSnapshots(false)} />}
    </>
  );
}
