import { Modal } from './Modal.js';
import { useT } from './i18n/index.js';

/** Asks before a destructive action; Cancel comes first and has focus, so Enter alone never destroys. */
export function ConfirmDialog(props: { title: string; body: string; confirm: string; onConfirm: () => void; onClose: () => void }) {
  const t = useT();
  return (
    <Modal title={props.title} onClose={props.onClose}>
      <p className="hint">{props.body}</p>
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="primary danger"
          onClick={() => {
            props.onConfirm();
            props.onClose();
          }}
        >
          {props.confirm}
        </button>
      </div>
    </Modal>
  );
}
