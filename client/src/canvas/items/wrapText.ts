import { graphemes as splitGraphemes } from './graphemes.js';

/** One line of wrapped text and its width, board units. */
export interface TextLine {
  text: string;
  width: number;
}

const isBreak = (grapheme: string | undefined) => grapheme === ' ' || grapheme === '-';

/**
 * The lines `text` wraps to within `maxWidth`, word by word, exactly as a Konva text with
 * `wrap: 'word'` wraps it (Konva 10's algorithm, without its ellipsis and letter spacing): a
 * paragraph that does not fit breaks after the last space or dash that fits, a word longer than
 * a line breaks between graphemes, a line loses the spaces it ends with and the next starts after
 * them. `width` measures a string in the text's font.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): TextLine[] {
  const out: TextLine[] = [];
  const add = (line: string) => out.push({ text: line, width: width(line) });
  for (const paragraph of text.split('\n')) {
    const paragraphWidth = width(paragraph);
    if (paragraphWidth <= maxWidth) {
      out.push({ text: paragraph, width: paragraphWidth });
      continue;
    }
    const graphemes = splitGraphemes(paragraph);
    const length = graphemes.length;
    const slice = (from: number, to: number) => graphemes.slice(from, to).join('');
    // Graphemes per line, from the average width: the search for a line's end starts there.
    const perLine = Math.max(1, Math.ceil((length * maxWidth) / paragraphWidth));
    let start = 0;
    while (start < length) {
      const fits = (end: number) => width(slice(start, end)) <= maxWidth;
      let low = start;
      let high = Math.min(length, start + perLine);
      while (fits(high)) {
        low = high;
        if (high === length) break;
        high = Math.min(length, high + (high - start));
      }
      while (high - low > 1) {
        const mid = (low + high) >>> 1;
        if (fits(mid)) low = mid;
        else high = mid;
      }
      // Not even one grapheme fits: Konva draws nothing more of the paragraph.
      if (low === start) break;
      if (low === length) {
        add(slice(start, length));
        break;
      }
      if (!isBreak(graphemes[low])) {
        let wrapIndex = low - 1;
        while (wrapIndex >= start && !isBreak(graphemes[wrapIndex])) wrapIndex--;
        if (wrapIndex >= start) low = wrapIndex + 1;
      }
      add(slice(start, low).trimEnd());
      start = low;
      while (start < length && !graphemes[start]!.trim()) start++;
    }
  }
  return out;
}
