import { useRef, type KeyboardEvent } from 'react';
import type { ShapeKind } from '@cocreate/shared';

/** One choice of a RadioGroup: a colour swatch, a shape outline or a line of some width. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
  swatch?: string;
  shape?: ShapeKind;
  lineWidth?: number;
}

const SHAPE_PATHS: Record<ShapeKind, string> = {
  rectangle: 'M3 5h18v14H3z',
  ellipse: 'M12 5c5 0 9 3.1 9 7s-4 7-9 7-9-3.1-9-7 4-7 9-7z',
  diamond: 'M12 3l9 9-9 9-9-9z',
  triangle: 'M12 4l9 16H3z',
};

/** A labelled group of radio buttons (WAI-ARIA radio group: arrow keys move, one tab stop). */
export function RadioGroup<T extends string>(props: {
  label: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const { label, options, value, onChange } = props;
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const at = options.findIndex((o) => o.value === value);
    const next = options[(at + step + options.length) % options.length]!;
    onChange(next.value);
    ref.current?.querySelector<HTMLElement>(`[data-value="${next.value}"]`)?.focus();
  };
  return (
    <div role="radiogroup" aria-label={label} className="radio-group" ref={ref} onKeyDown={onKeyDown}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          data-value={o.value}
          aria-checked={o.value === value}
          aria-label={o.label}
          title={o.label}
          tabIndex={o.value === value ? 0 : -1}
          className="radio-option"
          onClick={() => onChange(o.value)}
        >
          {o.swatch && <span className="swatch" style={{ background: o.swatch }} aria-hidden="true" />}
          {o.lineWidth !== undefined && (
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M4 12h16" stroke="currentColor" strokeWidth={o.lineWidth} strokeLinecap="round" />
            </svg>
          )}
          {o.shape && (
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
              <path d={SHAPE_PATHS[o.shape]} />
            </svg>
          )}
        </button>
      ))}
    </div>
  );
}
