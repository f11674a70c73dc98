import { useCallback } from 'react';
import type { Language } from '@cocreate/shared';
import { en, type MessageKey } from './en.js';
import { nl } from './nl.js';
import { useLanguage } from './language.js';

export { LANGUAGES, setLanguage, useLanguage } from './language.js';
export type { MessageKey } from './en.js';

const DICTIONARIES: Readonly<Record<Language, Record<MessageKey, string>>> = { en, nl };

/** A translator: `t('zoomIn')`, or with `{name}` placeholders `t('key', { name: 'Ann' })`. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

const PLURALS: Readonly<Record<Language, Intl.PluralRules>> = { en: new Intl.PluralRules('en'), nl: new Intl.PluralRules('nl') };

/**
 * The text of `key` in `language`, placeholders filled in. With a `count` that the language says
 * is one, the text of `<key>One` where there is one ("1 note revealed", not "1 notes revealed").
 */
export function translate(language: Language, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const one = typeof params?.count === 'number' && PLURALS[language].select(params.count) === 'one' ? oneOf(language, key) : undefined;
  const text = one ?? DICTIONARIES[language][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function oneOf(language: Language, key: MessageKey): string | undefined {
  const singular = `${key}One`;
  return singular in en ? DICTIONARIES[language][singular as MessageKey] : undefined;
}

/** Translator for the current UI language; components re-render when it changes. */
export function useT(): Translate {
  const language = useLanguage((s) => s.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', nl: 'nl-BE' };

/** A moment (epoch ms) written as people of `language` write a date and time. */
export function formatDateTime(ms: number, language: Language, dateStyle: 'short' | 'medium' = 'medium'): string {
  return new Date(ms).toLocaleString(LOCALES[language], { dateStyle, timeStyle: 'short' });
}

/** Translator outside React (e.g. the keyboard handler): uses the language at call time. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return translate(useLanguage.getState().language, key, params);
}
