import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema } from '../schema/common.js';
import { NoteColorSchema } from '../schema/colors.js';
import { HexColorSchema } from '../schema/common.js';
import { PHASES } from '../schema/control.js';
import { BOARD_TEMPLATES, DEFAULT_FLOW, findTemplate } from './boardTemplates.js';
import { TEMPLATE_IDS } from './templateIds.js';

/** Every localized text of a template, with where it is. */
function texts(): [string, unknown][] {
  return BOARD_TEMPLATES.flatMap((t) => [
    [`${t.id}.title`, t.title],
    [`${t.id}.description`, t.description],
    [`${t.id}.facilitatorNote`, t.facilitatorNote],
    ...t.frames.map((f, i): [string, unknown] => [`${t.id}.frames[${i}]`, f.title]),
    ...t.frames.map((f, i): [string, unknown] => [`${t.id}.frames[${i}].instruction`, f.instruction]),
    ...t.notes.map((n, i): [string, unknown] => [`${t.id}.notes[${i}]`, n.text]),
    ...t.marks.flatMap((m, i): [string, unknown][] => (m.kind === 'label' ? [[`${t.id}.marks[${i}]`, m.text]] : [])),
  ]);
}

describe('board templates', () => {
  it('are one per template id, in the order of the ids', () => {
    expect(BOARD_TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
  });

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

  it('give every frame of every template an instruction with an example, in both languages', () => {
    for (const t of BOARD_TEMPLATES) {
      for (const f of t.frames) {
        expect(f.instruction.en, `${t.id}: ${f.title.en}`).toMatch(/E\.g\. /);
        expect(f.instruction.nl, `${t.id}: ${f.title.nl}`).toMatch(/Bv\. /);
        expect(f.instruction.en.length, `${t.id}: ${f.title.en} is short`).toBeLessThanOrEqual(200);
      }
    }
  });

  it('suggest a time per board and explain the method to the facilitator', () => {
    for (const t of BOARD_TEMPLATES) {
      expect(t.minutes, t.id).toBeGreaterThanOrEqual(5);
      expect(t.minutes, t.id).toBeLessThanOrEqual(120);
      expect(t.facilitatorNote.en.length, t.id).toBeGreaterThan(60);
    }
  });

  it('hold what their descriptions promise: the whole impact/effort matrix and the stakeholder map', () => {
    const ideate = findTemplate('ideate')!;
    const quadrants = ideate.frames.filter((f) => /impact/i.test(f.title.en)).map((f) => f.title.en);
    expect(quadrants.sort()).toEqual([
      'High impact, high effort',
      'High impact, low effort',
      'Low impact, high effort',
      'Low impact, low effort',
    ]);
    expect(ideate.marks.filter((m) => m.kind === 'axis')).toHaveLength(2);
    const labels = ideate.marks.flatMap((m) => (m.kind === 'label' ? [m.text.en] : []));
    expect(labels.some((l) => l.startsWith('Impact'))).toBe(true);
    expect(labels.some((l) => l.startsWith('Effort'))).toBe(true);

    const empathise = findTemplate('empathise')!;
    expect(empathise.frames.map((f) => f.title.en)).toEqual(
      expect.arrayContaining(['Says', 'Thinks', 'Does', 'Feels', 'Interview notes', 'Personas', 'Stakeholder map']),
    );
    expect(empathise.marks.filter((m) => m.kind === 'area').length).toBeGreaterThanOrEqual(2);

    for (const t of BOARD_TEMPLATES) expect(t.description.en, t.id).not.toMatch(/vot/i);
  });

  it('ask on the partners board the questions of co-creation', () => {
    const titles = findTemplate('partners')!.frames.map((f) => f.title.en.toLowerCase());
    for (const topic of [
      'interests and ambitions',
      'expectations',
      'mutual obligations',
      'confidentiality and publication',
      'added value',
    ]) {
      expect(
        titles.some((title) => title.includes(topic)),
        topic,
      ).toBe(true);
    }
  });
});
