import { useState } from 'react';
import { getLiveSession } from '../../sync/liveSession.js';
import { useT } from '../i18n/index.js';
import { Icon } from '../Icon.js';
import { InviteDialog } from './InviteDialog.js';

/** The facilitator's "Invite" button in the top bar: links and QR codes to hand out during the session. */
export function InviteButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const live = getLiveSession();
  if (!live || live.role !== 'facilitator') return null;
  return (
    <>
      <button type="button" className="secondary invite-button" onClick={() => setOpen(true)}>
        <Icon name="people" size={18} /> <span className="invite-label">{t('invite.button')}</span>
      </button>
      {open && <InviteDialog sessionId={live.sessionId} token={live.token} onClose={() => setOpen(false)} />}
    </>
  );
}
