import { useEffect, useState } from 'react';
import type { CreateSessionResponse } from '@cocreate/shared';
import { reopenWithToken } from '../../sync/sessionLink.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { useT } from '../i18n/index.js';
import { CopyLink } from '../links/CopyLink.js';
import { fetchLinks } from '../links/fetchLinks.js';
import { QrCode } from '../links/QrCode.js';
import { revokeLinks } from '../links/revokeLinks.js';
import { Modal } from '../Modal.js';

const SHARED_ROLES = ['participant', 'observer'] as const;

/** Participant and observer links with their QR codes, fetched fresh from the server. */
export function InviteDialog({ sessionId, token, onClose }: { sessionId: string; token: string; onClose: () => void }) {
  const t = useT();
  const [links, setLinks] = useState<CreateSessionResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const revoke = () =>
    revokeLinks(sessionId, token).then(
      // This tab's own token is revoked too: open the session again with the new facilitator token.
      (fresh) => reopenWithToken(sessionId, fresh.tokens.facilitator),
      (err: Error) => setError(err.message),
    );
  useEffect(() => {
    fetchLinks(sessionId, token).then(setLinks, (err: Error) => setError(err.message));
  }, [sessionId, token]);
  return (
    <Modal title={t('invite.title')} onClose={onClose} className="invite-dialog">
      <p>{t('invite.hint')}</p>
      {error && (
        <p role="alert" className="form-error">
          {t('invite.failed', { reason: error })}
        </p>
      )}
      {links && (
        <div className="invite-links">
          {SHARED_ROLES.map((role) => (
            <section key={role} className="invite-link" aria-label={t(`link.${role}`)}>
              <QrCode url={links.links[role]} label={t('invite.qr', { what: t(`link.${role}`) })} />
              <CopyLink label={t(`link.${role}`)} url={links.links[role]} />
            </section>
          ))}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary danger" onClick={() => setConfirming(true)}>
          {t('invite.revoke')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('invite.revokeTitle')}
          body={t('invite.revokeBody')}
          confirm={t('invite.revoke')}
          onConfirm={revoke}
          onClose={() => setConfirming(false)}
        />
      )}
    </Modal>
  );
}
