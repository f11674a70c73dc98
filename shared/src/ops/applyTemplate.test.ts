import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readItems } from '../read/readItems.js';
import type { BoardTemplate } from '../templates/types.js';
import { applyTemplate } from './applyTemplate.js';

const template: BoardTemplate = {
  id: 'tiny',
  phase: 'ideate',
  title: { en: 'Tiny', nl: 'Klein' },
  description: { en: 'A test template.', nl: 'Een testsjabloon.' },
  minutes: 10,
  facilitatorNote: { en: 'Run it.', nl: 'Doe het.' },
  frames: [
    {
      title: { en: 'Ideas', nl: 'Ideeën' },
      instruction: { en: 'One idea per note.', nl: 'Eén idee per notitie.' },
      x: 0,
      y: 0,
      width: 400,
      height: 300,
      fill: '#ffffff',
    },
  ],
  notes: [{ text: { en: 'Start here', nl: 'Begin hier' }, x: 10, y: 20, color: 'blue' }],
  marks: [],
};

describe('applyTemplate', () => {
  it('lays out the frames and prompt notes on the board in the chosen language, notes above frames', () => {
    const doc = new Y.Doc();
    const ids = applyTemplate(doc, 'b1', template, 'nl');
    const items = readItems(doc, 'b1');
    expect(items).toHaveLength(2);
    const frame = items.find((i) => i.type === 'frame')!;
    const note = items.find((i) => i.type === 'note')!;
    expect(frame).toMatchObject({ title: 'Ideeën', x: 0, y: 0, width: 400, height: 300, fill: '#ffffff' });
    expect(note).toMatchObject({ text: 'Begin hier', x: 10, y: 20, color: 'blue', width: 200, height: 200 });
    expect(note.index > frame.index).toBe(true);
    expect(ids).toEqual([frame.id, note.id]);
  });

  it('draws the fixed marks: labels as text, axes as free arrows, areas as shapes', () => {
    const doc = new Y.Doc();
    const marked: BoardTemplate = {
      ...template,
      notes: [],
      marks: [
        { kind: 'label', text: { en: 'Impact', nl: 'Impact' }, x: -100, y: 0, width: 120, fontSize: 24 },
        { kind: 'axis', from: { x: -20, y: 300 }, to: { x: -20, y: 0 } },
        { kind: 'area', shape: 'ellipse', x: 50, y: 50, width: 200, height: 200, fill: '#ffffff', stroke: '#000000' },
      ],
    };
    applyTemplate(doc, 'b1', marked, 'en');
    const items = readItems(doc, 'b1');
    expect(items.find((i) => i.type === 'text')).toMatchObject({ text: 'Impact', x: -100, fontSize: 24 });
    expect(items.find((i) => i.type === 'connector')).toMatchObject({ fromId: null, toId: null, points: [-20, 300, -20, 0], arrow: 'end' });
    expect(items.find((i) => i.type === 'shape')).toMatchObject({ shape: 'ellipse', width: 200 });
  });
});
