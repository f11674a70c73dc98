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
  frames: [{ title: { en: 'Ideas', nl: 'Ideeën' }, x: 0, y: 0, width: 400, height: 300, fill: '#ffffff' }],
  notes: [{ text: { en: 'Start here', nl: 'Begin hier' }, x: 10, y: 20, color: 'blue' }],
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
});
