import { create } from 'zustand';
import type { Language } from '@cocreate/shared';

const STORAGE_KEY = 'cocreate.language';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];

function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'nl';
}

/** The remembered choice, else the browser's first language we have (Dutch for any `nl-*`), else English. */
export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

// localStorage can throw (privacy modes, sandboxed frames); the language then just isn't remembered.
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

interface LanguageState {
  language: Language;
}

/** The UI language (app-wide, not per session). */
export const useLanguage = create<LanguageState>()(() => ({ language: initialLanguage() }));

/** Switches the UI language and remembers it on this device. */
export function setLanguage(language: Language): void {
  if (!isLanguage(language)) return;
  try {
    safeStorage()?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage full or denied: switch anyway.
  }
  useLanguage.setState({ language });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
