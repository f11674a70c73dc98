import { describe, expect, it } from 'vitest';
import { MIN_NOTE_FONT_SIZE, estimateLines, fitNoteText } from './fitText.js';

describe('note text fitting', () => {
  it('counts paragraphs and wrapped lines', () => {
    expect(estimateLines('', 20, 200)).toBe(1);
    expect(estimateLines('a\nb\n', 20, 200)).toBe(3);
    expect(estimateLines('x'.repeat(40), 10, 55)).toBe(4);
  });

  it('uses a large font for short text and shrinks it as text grows, keeping the note its size', () => {
    const short = fitNoteText('Idea', 200, 200);
    const long = fitNoteText('word '.repeat(30), 200, 200);
    expect(short).toEqual({ fontSize: 28, height: 200 });
    expect(long.fontSize).toBeLessThan(short.fontSize);
    expect(long.fontSize).toBeGreaterThanOrEqual(MIN_NOTE_FONT_SIZE);
    expect(long.height).toBe(200);
  });

  it('never goes below the legible minimum: the note grows downwards to hold every line', () => {
    const huge = fitNoteText('word '.repeat(400), 200, 200);
    expect(huge.fontSize).toBe(MIN_NOTE_FONT_SIZE);
    expect(huge.height).toBeGreaterThan(200);
    expect(fitNoteText('word '.repeat(800), 200, 200).height).toBeGreaterThan(huge.height);
  });

  it('measures with the given line measure (the board wraps by word, not by length)', () => {
    // A measure that wraps every word onto its own line needs a smaller size than the estimate.
    const perWord = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const text = 'one two three four five six';
    expect(fitNoteText(text, 200, 200, perWord).fontSize).toBeLessThan(fitNoteText(text, 200, 200).fontSize);
  });

  it('gives a bigger note more room', () => {
    const text = 'word '.repeat(40);
    expect(fitNoteText(text, 400, 400).fontSize).toBeGreaterThan(fitNoteText(text, 200, 200).fontSize);
  });
});
