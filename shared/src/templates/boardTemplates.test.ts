import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema } from '../schema/common.js';
import { NoteColorSchema } from '../schema/colors.js';
import { HexColorSchema } from '../schema/common.js';
import { PHASES } from '../schema/control.js';
import { BOARD_TEMPLATES, DEFAULT_FLOW, findTemplate } from './boardTemplates.js';

/** Every localized text of a template, with where it is. */
function texts(): [string, unknown][] {
  return BOARD_TEMPLATES.flatMap((t) => [
    [`${t.id}.title`, t.title],
    [`${t.id}.description`, t.description],
    ...t.frames.map((f, i): [string, unknown] => [`${t.id}.frames[${i}]`, f.title]),
    ...t.notes.map((n, i): [string, unknown] => [`${t.id}.notes[${i}]`, n.text]),
  ]);
}

describe('board templates', () => {
  it('have every text in both English and Dutch, none empty', () => {
    for (const [where, text] of texts()) {
      const parsed = LocalizedTextSchema.safeParse(text);
      expect(parsed.success, where).toBe(true);
      expect(parsed.data!.en.trim(), `${where}.en`).not.toBe('');
      expect(parsed.data!.nl.trim(), `${where}.nl`).not.toBe('');
    }
  });

  it('have unique ids, and the default flow covers every phase in order', () => {
    expect(new Set(BOARD_TEMPLATES.map((t) => t.id)).size).toBe(BOARD_TEMPLATES.length);
    expect(DEFAULT_FLOW.map((id) => findTemplate(id)!.phase)).toEqual([...PHASES]);
    expect(findTemplate('blank')).toMatchObject({ phase: null, frames: [], notes: [] });
    expect(findTemplate('nope')).toBeUndefined();
  });

  it('use valid colours and positive sizes, and frames of one board do not overlap', () => {
    for (const t of BOARD_TEMPLATES) {
      for (const f of t.frames) {
        expect(HexColorSchema.safeParse(f.fill).success).toBe(true);
        expect(f.width).toBeGreaterThan(0);
        expect(f.height).toBeGreaterThan(0);
      }
      for (const n of t.notes) expect(NoteColorSchema.safeParse(n.color).success).toBe(true);
      for (const [i, a] of t.frames.entries()) {
        for (const b of t.frames.slice(i + 1)) {
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${t.id}: ${a.title.en} / ${b.title.en}`).toBe(false);
        }
      }
    }
  });
});
