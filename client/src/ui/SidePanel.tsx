import { useId, useState, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon.js';
import { useT, type MessageKey } from './i18n/index.js';

/** Below this window width the side panels start folded (and open over the board), so a tablet keeps room for it. */
const WIDE = 1200;

/**
 * A side panel (boards, participants) that folds into a rail. Folded, its content stays in place,
 * with its texts visually hidden: screen readers and the board's neighbours see the same lists.
 */
export function SidePanel(props: {
  side: 'left' | 'right';
  label: MessageKey;
  icon: IconName;
  show: MessageKey;
  hide: MessageKey;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= WIDE);
  return (
    <aside id={id} aria-label={t(props.label)} className={`sidebar sidebar-${props.side}${open ? '' : ' folded'}`}>
      <button
        type="button"
        className="fold-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t(open ? props.hide : props.show)}
        title={t(open ? props.hide : props.show)}
        onClick={() => setOpen(!open)}
      >
        <Icon name={props.icon} size={18} />
      </button>
      {props.children}
    </aside>
  );
}
