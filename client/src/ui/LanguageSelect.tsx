import type { Language } from '@cocreate/shared';
import { LANGUAGES, useT } from './i18n/index.js';

/** A select of the languages Cocreate speaks, each named in its own language. */
export function LanguageSelect(props: { value: Language; onChange: (language: Language) => void; label?: string; className?: string }) {
  const { value, onChange, label, className } = props;
  const t = useT();
  return (
    <select aria-label={label} className={className} value={value} onChange={(e) => onChange(e.target.value as Language)}>
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </select>
  );
}
