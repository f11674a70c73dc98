import { setLanguage, useLanguage, useT } from './i18n/index.js';
import { LanguageSelect } from './LanguageSelect.js';
import { Icon } from './Icon.js';

/** The UI language (combobox "Language" / "Taal"), remembered on this device. */
export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps LanguageSelect's <select>
    <label className="language-switch" title={t('language')}>
      <Icon name="globe" size={18} />
      <LanguageSelect label={t('language')} value={language} onChange={setLanguage} />
    </label>
  );
}
