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

  it('give presence colours that carry white text readably (contrast at least 4.5 : 1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const c of PRESENCE_COLORS) expect((1 + 0.05) / (luminance(c) + 0.05), c).toBeGreaterThanOrEqual(4.5);
  });
});
