import { useId, useState } from 'react';
import { findTemplate } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { useLanguage, useT } from '../i18n/index.js';
import './guide.css';

/** Large screens show the guidance open; on a laptop, tablet or phone it starts folded, leaving the board the room. */
const OPEN_FROM_WIDTH = 1440;

/**
 * "How this board works": what the board holds and, per frame, what goes in it with an example,
 * from the board's template. The facilitator also sees the suggested time and the method.
 * Anyone folds it away; it floats over the board's top-right corner.
 */
export function BoardGuide() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const templateId = useStore((s) => s.boards.find((b) => b.id === s.boardId)?.templateId);
  const facilitator = useStore((s) => s.role === 'facilitator');
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= OPEN_FROM_WIDTH);
  const id = useId();
  const template = templateId ? findTemplate(templateId) : undefined;
  if (!template) return null;
  return (
    <section className={`board-guide panel${open ? ' open' : ''}`} aria-label={t('guide.title')} data-obstructs={open ? 'right' : 'top'}>
      <button type="button" className="guide-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="guide-mark">
          ?
        </span>
        <span className="guide-label">{t('guide.title')}</span>
      </button>
      {/* Focusable: its text scrolls, and keyboard users must be able to scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <div id={id} className="guide-body" hidden={!open} tabIndex={0}>
        <p className="guide-description">{template.description[language]}</p>
        {facilitator && (
          <div className="guide-facilitator">
            <p className="guide-time">{t('guide.minutes', { count: template.minutes })}</p>
            <h3>{t('guide.method')}</h3>
            <p>{template.facilitatorNote[language]}</p>
          </div>
        )}
        {template.frames.length > 0 && (
          <ol className="guide-frames">
            {template.frames.map((frame) => (
              <li key={frame.title.en}>
                <strong>{frame.title[language]}</strong> {frame.instruction[language]}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
