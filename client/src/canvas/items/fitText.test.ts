import { describe, expect, it } from 'vitest';
import { estimateLines, noteFontSize } from './fitText.js';

describe('note text fitting', () => {
  it('counts paragraphs and wrapped lines', () => {
    expect(estimateLines('', 20, 200)).toBe(1);
    expect(estimateLines('a\nb\n', 20, 200)).toBe(3);
    expect(estimateLines('x'.repeat(40), 10, 55)).toBe(4);
  });

  it('uses a large font for short text and shrinks it as text grows', () => {
    const short = noteFontSize('Idea', 200, 200);
    const long = noteFontSize('word '.repeat(60), 200, 200);
    expect(short).toBe(28);
    expect(long).toBeLessThan(short);
    expect(noteFontSize('word '.repeat(2000), 200, 200)).toBe(8);
  });

  it('gives a bigger note more room', () => {
    const text = 'word '.repeat(40);
    expect(noteFontSize(text, 400, 400)).toBeGreaterThan(noteFontSize(text, 200, 200));
  });
});
