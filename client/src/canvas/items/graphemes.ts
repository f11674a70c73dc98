// Konva's own split into graphemes (konva/lib/shapes/Text's stringToArray), kept here so that
// laying out a note's text needs no Konva: the board's picture is drawn before Konva is loaded.
// Made on first use: ICU's break rules load then, not while the join form waits for the shell.
let segmenter: Intl.Segmenter | null | undefined;

/** The user-perceived characters of `text`: an emoji with its modifiers, a letter with its accents, is one. */
export function graphemes(text: string): string[] {
  segmenter ??= typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  if (!segmenter) return text.match(/\p{RI}\p{RI}|\P{M}(?:\p{M}|\p{Emoji_Modifier}|\uFE0F|\u200D\P{M})*|\p{M}+/gu) ?? [];
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
