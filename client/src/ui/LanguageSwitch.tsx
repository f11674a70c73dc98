import type { Language } from '@cocreate/shared';
import { LANGUAGES, setLanguage, useLanguage, useT } from './i18n/index.js';
import { Icon } from './Icon.js';

/** The UI language (combobox "Language" / "Taal"), remembered on this device. */
export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  return (
    <label className="language-switch" title={t('language')}>
      <Icon name="globe" size={18} />
      <select aria-label={t('language')} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
