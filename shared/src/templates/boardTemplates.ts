import type { BoardTemplate, TemplateFrame } from './types.js';
import type { LocalizedText } from '../schema/common.js';

const W = 760;
const H = 620;
const GAP = 40;

/** Frames laid out in a grid of `cols` columns, each with its own title. */
function grid(titles: readonly LocalizedText[], cols: number, fill = '#f8f9fa'): TemplateFrame[] {
  return titles.map((title, i) => ({
    title,
    x: (i % cols) * (W + GAP),
    y: Math.floor(i / cols) * (H + GAP),
    width: W,
    height: H,
    fill,
  }));
}

/** The default flow of a co-creation session, then the blank board. */
export const BOARD_TEMPLATES: readonly BoardTemplate[] = [
  {
    id: 'partners',
    phase: 'partners',
    title: { en: 'Partners and expectations', nl: 'Partners en verwachtingen' },
    description: {
      en: 'Who is at the table, what each partner wants to get out of it, and what you agree on.',
      nl: 'Wie zit er aan tafel, wat wil elke partner eruit halen, en wat spreken jullie af.',
    },
    frames: grid(
      [
        { en: 'Partners', nl: 'Partners' },
        { en: 'Interests and ambitions', nl: 'Belangen en ambities' },
        { en: 'Expectations', nl: 'Verwachtingen' },
        { en: 'Mutual obligations', nl: 'Wederzijdse verplichtingen' },
        { en: 'Confidentiality and publication', nl: 'Vertrouwelijkheid en publicatie' },
        { en: 'Agreements', nl: 'Afspraken' },
      ],
      3,
    ),
    notes: [],
  },
  {
    id: 'empathise',
    phase: 'empathise',
    title: { en: 'Empathise', nl: 'Empathie' },
    description: {
      en: 'Empathy map, interview notes, personas and the stakeholder map.',
      nl: 'Empathiekaart, interviewnotities, persona’s en de stakeholderkaart.',
    },
    frames: grid(
      [
        { en: 'Says', nl: 'Zegt' },
        { en: 'Thinks', nl: 'Denkt' },
        { en: 'Does', nl: 'Doet' },
        { en: 'Feels', nl: 'Voelt' },
        { en: 'Interview notes', nl: 'Interviewnotities' },
        { en: 'Personas', nl: 'Persona’s' },
      ],
      2,
    ),
    notes: [],
  },
  {
    id: 'define',
    phase: 'define',
    title: { en: 'Define', nl: 'Definiëren' },
    description: {
      en: 'Point-of-view statements and How-Might-We questions, then vote.',
      nl: 'Point-of-view-stellingen en Hoe-kunnen-we-vragen, daarna stemmen.',
    },
    frames: grid(
      [
        { en: 'Point of view', nl: 'Point of view' },
        { en: 'How might we …?', nl: 'Hoe kunnen we …?' },
      ],
      2,
    ),
    notes: [],
  },
  {
    id: 'ideate',
    phase: 'ideate',
    title: { en: 'Ideate', nl: 'Ideeën' },
    description: {
      en: 'Brainstorm in private, reveal, cluster, dot-vote, then place on impact and effort.',
      nl: 'Brainstorm eerst privé, onthul, cluster, stem met stippen en plaats op impact en inspanning.',
    },
    frames: grid(
      [
        { en: 'Ideas', nl: 'Ideeën' },
        { en: 'Clusters', nl: 'Clusters' },
        { en: 'High impact, low effort', nl: 'Grote impact, weinig inspanning' },
        { en: 'High impact, high effort', nl: 'Grote impact, veel inspanning' },
      ],
      2,
    ),
    notes: [],
  },
  {
    id: 'prototype',
    phase: 'prototype',
    title: { en: 'Prototype', nl: 'Prototype' },
    description: { en: 'Storyboard frames, sketches and images.', nl: 'Storyboardkaders, schetsen en afbeeldingen.' },
    frames: grid(
      [
        { en: 'Scene 1', nl: 'Scène 1' },
        { en: 'Scene 2', nl: 'Scène 2' },
        { en: 'Scene 3', nl: 'Scène 3' },
        { en: 'Scene 4', nl: 'Scène 4' },
      ],
      4,
      '#ffffff',
    ),
    notes: [],
  },
  {
    id: 'test',
    phase: 'test',
    title: { en: 'Test', nl: 'Testen' },
    description: { en: 'Feedback capture grid.', nl: 'Feedbackraster.' },
    frames: grid(
      [
        { en: 'Likes', nl: 'Wat werkt' },
        { en: 'Criticisms', nl: 'Kritiek' },
        { en: 'Questions', nl: 'Vragen' },
        { en: 'Ideas', nl: 'Ideeën' },
      ],
      2,
    ),
    notes: [],
  },
  {
    id: 'actions',
    phase: 'actions',
    title: { en: 'Actions and added value', nl: 'Acties en meerwaarde' },
    description: {
      en: 'Action plan (what, who, by when), intended added value per stakeholder group, success and risk factors.',
      nl: 'Actieplan (wat, wie, tegen wanneer), beoogde meerwaarde per belanghebbendengroep, succes- en risicofactoren.',
    },
    frames: grid(
      [
        { en: 'Action plan', nl: 'Actieplan' },
        { en: 'Added value per stakeholder group', nl: 'Meerwaarde per belanghebbendengroep' },
        { en: 'Success factors', nl: 'Succesfactoren' },
        { en: 'Risk factors', nl: 'Risicofactoren' },
      ],
      2,
    ),
    notes: [],
  },
  {
    id: 'blank',
    phase: null,
    title: { en: 'Blank board', nl: 'Leeg bord' },
    description: { en: 'An empty board.', nl: 'Een leeg bord.' },
    frames: [],
    notes: [],
  },
];

/** The templates a new session starts with, in order. */
export const DEFAULT_FLOW: readonly string[] = ['partners', 'empathise', 'define', 'ideate', 'prototype', 'test', 'actions'];

/** The template with this id, or undefined. */
export function findTemplate(id: string): BoardTemplate | undefined {
  return BOARD_TEMPLATES.find((t) => t.id === id);
}
