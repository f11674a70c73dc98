import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { listen } from '../dom/listen.js';
import { Icon, type IconName } from './Icon.js';
import './menu.css';

/** One action of a Menu. A disabled one stays focusable (as WAI-ARIA advises) and shows why it is off. */
export interface MenuEntry {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why a disabled entry cannot be chosen, shown under it. */
  hint?: string;
}

/** Gap between the button and its menu, and the menu and the window's edges (px). */
const GAP = 4;
const MARGIN = 8;

/**
 * An icon button that opens a menu of actions (the WAI-ARIA menu button): arrow keys, Home and End
 * move, Enter or Space chooses, Escape or Tab closes back to the button, a press elsewhere closes.
 * The menu floats (position: fixed) so a scrolling side panel does not clip it.
 */
export function Menu(props: { label: string; icon: IconName; entries: readonly MenuEntry[]; className?: string }) {
  const { label, icon, entries, className } = props;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    place(menu.current, button.current.getBoundingClientRect());
    menu.current.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => !menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node);
    const closeIfOutside = (e: Event) => {
      if (outside(e)) setOpen(false);
    };
    // Scrolls do not bubble, but a capturing listener on the document sees the side panel's.
    const offDocument = listen<DocumentEventMap>(document, { pointerdown: closeIfOutside, scroll: closeIfOutside }, { capture: true });
    const offWindow = listen<WindowEventMap>(window, { resize: () => setOpen(false) });
    return () => {
      offDocument();
      offWindow();
    };
  }, [open]);

  const closeToButton = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (entry: MenuEntry) => {
    if (entry.disabled) return;
    setOpen(false);
    entry.onSelect();
    // The action may reorder the list (dropping focus) or move focus on itself (into a field, a
    // dialog); only in the first case does focus go back to the button.
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) button.current?.focus();
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focusAt(at + 1);
    else if (e.key === 'ArrowUp') focusAt(at - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') closeToButton();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <Icon name={icon} />
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={label} className="menu panel" onKeyDown={onKeyDown}>
          {entries.map((entry, i) => (
            <button
              key={entry.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              aria-label={entry.label}
              aria-disabled={entry.disabled || undefined}
              aria-describedby={entry.disabled && entry.hint ? `${id}-hint-${i}` : undefined}
              onClick={() => choose(entry)}
            >
              {entry.label}
              {entry.disabled && entry.hint && (
                <span id={`${id}-hint-${i}`} className="menu-hint">
                  {entry.hint}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

/** Puts the menu under the button, flipped above it or shifted sideways to stay in the window. */
function place(menu: HTMLElement, anchor: DOMRect): void {
  const { width, height } = menu.getBoundingClientRect();
  const below = anchor.bottom + GAP;
  const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, anchor.top - GAP - height);
  const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - MARGIN - width));
  menu.style.top = `${top}px`;
  menu.style.left = `${left}px`;
}
