import { stringToArray } from 'konva/lib/shapes/Text';
import { describe, expect, it } from 'vitest';
import { graphemes } from './graphemes.js';

describe('graphemes', () => {
  it('splits text exactly as Konva does, so the board wraps as its Konva texts do', () => {
    for (const text of ['plain words', 'café crème', 'e\u0301', '👍🏽 thumbs', '👩‍👩‍👧 family', '🇳🇱🇧🇪', '', 'a\nb']) {
      expect(graphemes(text)).toEqual(stringToArray(text));
    }
  });

  it('keeps an emoji with its modifier and a letter with its accent as one', () => {
    expect(graphemes('👍🏽e\u0301')).toEqual(['👍🏽', 'e\u0301']);
  });
});
