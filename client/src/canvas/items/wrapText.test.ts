import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText.js';

// A monospaced font of 10 units a grapheme: where each line ends is plain arithmetic.
const mono = (s: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)).length * 10;
const texts = (text: string, maxWidth: number) => wrapText(text, maxWidth, mono).map((line) => line.text);

describe('wrapText (Konva word wrap)', () => {
  it('keeps a paragraph that fits whole, with its width', () => {
    expect(wrapText('Short note', 200, mono)).toEqual([{ text: 'Short note', width: 100 }]);
  });

  it('breaks after the last space that fits, trims the line and starts the next after the spaces', () => {
    expect(texts('aaa bbb ccc', 75)).toEqual(['aaa bbb', 'ccc']);
    expect(texts('aaa    bbb', 50)).toEqual(['aaa', 'bbb']);
    expect(wrapText('aaa bbb ccc', 75, mono).map((line) => line.width)).toEqual([70, 30]);
  });

  it('breaks after a dash too', () => {
    expect(texts('well-known words', 60)).toEqual(['well-', 'known', 'words']);
  });

  it('breaks a word longer than a line between graphemes', () => {
    expect(texts('abcdefghij', 35)).toEqual(['abc', 'def', 'ghi', 'j']);
    expect(texts('ab 👍🏽👍🏽👍🏽👍🏽', 25)).toEqual(['ab', '👍🏽👍🏽', '👍🏽👍🏽']);
  });

  it('wraps each paragraph on its own and keeps empty ones', () => {
    expect(texts('one two\n\nthree', 50)).toEqual(['one', 'two', '', 'three']);
  });

  it('draws nothing more of a paragraph where not even one grapheme fits, as Konva', () => {
    expect(texts('wide\nok', 5)).toEqual([]);
    expect(texts('abc\nd', 10)).toEqual(['a', 'b', 'c', 'd']);
  });
});
