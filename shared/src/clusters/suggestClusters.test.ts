import { describe, expect, it } from 'vitest';
import { stems, suggestClusters } from './suggestClusters.js';

const notes = (texts: string[]) => texts.map((text, i) => ({ id: `n${i}`, text }));

describe('suggestClusters', () => {
  it('groups notes that share a word, in English', () => {
    const found = suggestClusters(
      notes([
        'Students want more feedback',
        'Feedback after every sprint',
        'A buddy for new students',
        'Student mentors',
        'Quiet room to work',
      ]),
    );
    expect(found).toEqual([{ name: 'students', noteIds: ['n0', 'n2', 'n3'] }]);
  });

  it('groups Dutch notes by their stems and ignores Dutch stop words', () => {
    const found = suggestClusters(
      notes([
        'Meer stageplaatsen bij bedrijven',
        'Bedrijven geven gastlessen',
        'Een bedrijf als partner',
        'Gastles over AI',
        'Een stageplaats in de zomer',
      ]),
    );
    expect(found).toEqual([{ name: 'bedrijven', noteIds: ['n0', 'n1', 'n2'] }]);
    // Once n0 and n1 went with the companies, nothing else is shared by two notes.
  });

  it('leaves notes that share nothing out, and suggests nothing for an empty board', () => {
    expect(suggestClusters(notes(['alpha', 'beta', 'gamma']))).toEqual([]);
    expect(suggestClusters([])).toEqual([]);
  });

  it('finds the themes of a board of 30 notes in two languages, the same every time', () => {
    const board = notes([
      ...[
        'Feedback from lecturers',
        'Weekly feedback moments',
        'Peer feedback in teams',
        'Feedback app',
        'Meer feedback van docenten',
        'Snelle feedback na toetsen',
      ],
      ...['Mentor for first-years', 'Mentoring by alumni', 'Een mentor per klas', 'Mentors from companies', 'Mentoren uit het werkveld'],
      ...[
        'Stageplaatsen delen',
        'Stageplaats dichtbij huis',
        'Stage bij een start-up',
        'Stagevergoeding',
        'Stageplaatsen in het buitenland',
      ],
      ...['Quiet study rooms', 'Study rooms open later', 'Studieruimte met planten', 'Study buddies', 'Stille studieruimte'],
      ...[
        'Coffee corner',
        'Bike parking',
        'Rooftop garden',
        'Een moestuin',
        'Better wifi',
        'Lockers',
        'Printer that works',
        'Sport at lunch',
        'Music room',
      ],
    ]);
    const found = suggestClusters(board);
    expect(found).toEqual(suggestClusters(board));
    const names = found.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['feedback', 'mentor', 'stageplaatsen']));
    expect(found.find((c) => c.name === 'feedback')?.noteIds).toHaveLength(6);
    expect(found.find((c) => c.name === 'mentor')?.noteIds).toHaveLength(5);
    expect(found.every((c) => c.noteIds.length >= 2)).toBe(true);
    expect(new Set(found.flatMap((c) => c.noteIds)).size).toBe(found.flatMap((c) => c.noteIds).length); // a note in one group at most
  });

  it('gives plural and derived forms a form in common, and leaves short words alone', () => {
    const meet = (a: string, b: string) => stems(a).some((s) => stems(b).includes(s));
    expect(meet('students', 'student')).toBe(true);
    expect(meet('studenten', 'student')).toBe(true);
    expect(meet('gastlessen', 'gastles')).toBe(true);
    expect(meet('bedrijven', 'bedrijf')).toBe(true);
    expect(meet('stageplaatsen', 'stageplaats')).toBe(true);
    expect(meet('mentoring', 'mentors')).toBe(true);
    expect(meet('feedback', 'garden')).toBe(false);
    expect(stems('bus')).toEqual(['bus']);
  });
});
