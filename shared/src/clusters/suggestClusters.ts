import { EN_STOP_WORDS, NL_STOP_WORDS } from './stopWords.js';

/** A group of notes that share a word, with that word as the suggested name. */
export interface ClusterSuggestion {
  name: string;
  noteIds: string[];
}

const SUFFIXES = ['ations', 'ation', 'ingen', 'heden', 'heid', 'ments', 'ment', 'ness', 'ing', 'ers', 'en', 'ed', 'er', 'ly', 'e', 's'];

/** Dutch spelling after a cut suffix: "lessen" → "les", "bedrijven" → "bedrijf", "reizen" → "reis". */
function respell(stem: string): string {
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return undoubled.replace(/v$/, 'f').replace(/z$/, 's');
}

/**
 * The forms a word may be known by: itself and what is left after each suffix it ends with, so
 * "students" and "student", "studenten" and "student", "bedrijven" and "bedrijf" share one
 * (simple rules, no dictionary; both languages at once, since a board may hold both).
 */
export function stems(word: string): string[] {
  const out = new Set([word]);
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) out.add(respell(word.slice(0, -suffix.length)));
  }
  return [...out];
}

/** Every form of a note's words (form → the word as written), without stop words or very short words. */
function stemsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || EN_STOP_WORDS.has(raw) || NL_STOP_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    for (const s of stems(raw)) if (!out.has(s)) out.set(s, raw);
  }
  return out;
}

/**
 * Suggests clusters of notes by the words they share: repeatedly takes the stem most of the
 * remaining notes share (at least `minSize`), groups those notes under the word as it was most
 * often written, and goes on with the rest. Deterministic: ties go to the alphabetically first
 * stem. Notes that share nothing stay out. Local and offline: no service is asked.
 */
export function suggestClusters(notes: readonly { id: string; text: string }[], minSize = 2): ClusterSuggestion[] {
  const stems = new Map(notes.map((n) => [n.id, stemsOf(n.text)]));
  const left = new Set(notes.map((n) => n.id));
  const out: ClusterSuggestion[] = [];
  for (;;) {
    const members = new Map<string, string[]>();
    for (const id of left) for (const s of stems.get(id)!.keys()) members.set(s, [...(members.get(s) ?? []), id]);
    let best: [string, string[]] | null = null;
    for (const [s, ids] of [...members].sort(([a], [b]) => (a < b ? -1 : 1))) if (!best || ids.length > best[1].length) best = [s, ids];
    if (!best || best[1].length < minSize) return out;
    const [bestStem, ids] = best;
    const forms = new Map<string, number>();
    for (const id of ids) {
      const form = stems.get(id)!.get(bestStem)!;
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    const name = [...forms].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
    out.push({ name, noteIds: ids });
    for (const id of ids) left.delete(id);
  }
}
