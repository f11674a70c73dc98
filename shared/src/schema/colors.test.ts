import { describe, expect, it } from 'vitest';
import { NOTE_COLORS, NOTE_FILL, PRESENCE_COLORS, presenceColor } from './colors.js';
import { HexColorSchema } from './common.js';

describe('colours', () => {
  it('give every note colour a valid fill', () => {
    for (const c of NOTE_COLORS) expect(HexColorSchema.safeParse(NOTE_FILL[c]).success).toBe(true);
  });

  it('pick a stable presence colour per id from the palette', () => {
    expect(presenceColor('participant-1')).toBe(presenceColor('participant-1'));
    expect(PRESENCE_COLORS).toContain(presenceColor(''));
    const used = new Set(Array.from({ length: 200 }, (_, i) => presenceColor(`p${i}`)));
    expect(used.size).toBeGreaterThan(PRESENCE_COLORS.length / 2);
  });
});
