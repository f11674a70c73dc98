import { useEffect, useState } from 'react';
import type { CreateSessionResponse } from '@cocreate/shared';
import { useT } from '../i18n/index.js';
import { CopyLink } from '../links/CopyLink.js';
import { fetchLinks } from '../links/fetchLinks.js';
import { QrCode } from '../links/QrCode.js';
import { Modal } from '../Modal.js';

const SHARED_ROLES = ['participant', 'observer'] as const;

/** Participant and observer links with their QR codes, fetched fresh from the server. */
export function InviteDialog({ sessionId, token, onClose }: { sessionId: string; token: string; onClose: () => void }) {
  const t = useT();
  const [links, setLinks] = useState<CreateSessionResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
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
        <button type="button" className="primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
