import { useId, useState } from 'react';
import { BOARD_TEMPLATES } from '@cocreate/shared';
import { Icon } from '../Icon.js';
import { Modal } from '../Modal.js';
import { useLanguage, useT } from '../i18n/index.js';
import { addBoardFrom } from './boardEdits.js';

/** "Add board" under the list: a dialog of the templates (blank included) in the UI's language. */
export function AddBoard() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="add-board" onClick={() => setOpen(true)}>
        <Icon name="plus" size={18} />
        <span className="add-board-label">{t('boardList.add')}</span>
      </button>
      {open && (
        <Modal title={t('boardList.addTitle')} onClose={() => setOpen(false)} className="add-board-dialog">
          <p className="hint">{t('boardList.addIntro')}</p>
          <ul className="template-choices">
            {BOARD_TEMPLATES.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="template-choice"
                  aria-labelledby={`${id}-${template.id}-title`}
                  aria-describedby={`${id}-${template.id}-text`}
                  onClick={() => {
                    setOpen(false);
                    addBoardFrom(template);
                  }}
                >
                  <span id={`${id}-${template.id}-title`} className="template-title">
                    {template.title[language]}
                  </span>
                  <span id={`${id}-${template.id}-text`} className="template-description">
                    {template.description[language]}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
