import type { BoardTemplate, TemplateFrame, TemplateMark } from './types.js';
import type { LocalizedText } from '../schema/common.js';

const W = 760;
const H = 620;
const GAP = 40;
const FILL = '#f8f9fa';

/** A frame's texts: its title and what goes in it, with one example. */
interface FrameText {
  title: LocalizedText;
  instruction: LocalizedText;
}

/** Frames laid out in a grid of `cols` columns, from (x0, y0). */
function grid(frames: readonly FrameText[], cols: number, fill = FILL, x0 = 0, y0 = 0): TemplateFrame[] {
  return frames.map((f, i) => ({
    ...f,
    x: x0 + (i % cols) * (W + GAP),
    y: y0 + Math.floor(i / cols) * (H + GAP),
    width: W,
    height: H,
    fill,
  }));
}

// The ideate board's impact/effort matrix: four quadrants below the ideas, impact up, effort right.
const MATRIX_X = 120;
const MATRIX_Y = H + GAP + 80;
const MATRIX_BOTTOM = MATRIX_Y + 2 * H + GAP;
const MATRIX_RIGHT = MATRIX_X + 2 * W + GAP;
const LABEL = 28;

const IMPACT_EFFORT_MARKS: readonly TemplateMark[] = [
  { kind: 'axis', from: { x: MATRIX_X - 40, y: MATRIX_BOTTOM + 40 }, to: { x: MATRIX_X - 40, y: MATRIX_Y - 40 } },
  { kind: 'axis', from: { x: MATRIX_X - 40, y: MATRIX_BOTTOM + 40 }, to: { x: MATRIX_RIGHT + 40, y: MATRIX_BOTTOM + 40 } },
  { kind: 'label', text: { en: 'Impact ↑', nl: 'Impact ↑' }, x: MATRIX_X - 120, y: MATRIX_Y - 100, width: 240, fontSize: LABEL },
  {
    kind: 'label',
    text: { en: 'Effort →', nl: 'Inspanning →' },
    x: MATRIX_RIGHT - 200,
    y: MATRIX_BOTTOM + 60,
    width: 240,
    fontSize: LABEL,
  },
  { kind: 'label', text: { en: 'high', nl: 'groot' }, x: MATRIX_X - 110, y: MATRIX_Y + 20, width: 60, fontSize: 20 },
  { kind: 'label', text: { en: 'low', nl: 'klein' }, x: MATRIX_X - 110, y: MATRIX_BOTTOM - 40, width: 60, fontSize: 20 },
  { kind: 'label', text: { en: 'low', nl: 'weinig' }, x: MATRIX_X, y: MATRIX_BOTTOM + 60, width: 120, fontSize: 20 },
];

// The empathise board's stakeholder map: three rings in one square frame, the core in the middle.
const MAP = { x: 3 * (W + GAP), y: 0, size: 2 * H + GAP };
const ring = (inset: number, fill: string): TemplateMark => ({
  kind: 'area',
  shape: 'ellipse',
  x: MAP.x + inset,
  y: MAP.y + inset,
  width: MAP.size - 2 * inset,
  height: MAP.size - 2 * inset,
  fill,
  stroke: '#adb5bd',
});
const STAKEHOLDER_MARKS: readonly TemplateMark[] = [
  ring(60, '#f1f3f5'),
  ring(240, '#e7f5ff'),
  ring(420, '#fff9db'),
  {
    kind: 'label',
    text: { en: 'Interested', nl: 'Geïnteresseerd' },
    x: MAP.x + MAP.size / 2 - 120,
    y: MAP.y + 80,
    width: 240,
    fontSize: 24,
  },
  { kind: 'label', text: { en: 'Involved', nl: 'Betrokken' }, x: MAP.x + MAP.size / 2 - 120, y: MAP.y + 260, width: 240, fontSize: 24 },
  { kind: 'label', text: { en: 'Deciding', nl: 'Beslissend' }, x: MAP.x + MAP.size / 2 - 120, y: MAP.y + 440, width: 240, fontSize: 24 },
];

/** The default flow of a co-creation session, then the blank board. */
export const BOARD_TEMPLATES: readonly BoardTemplate[] = [
  {
    id: 'partners',
    phase: 'partners',
    title: { en: 'Partners and expectations', nl: 'Partners en verwachtingen' },
    description: {
      en: 'Who is at the table; each partner’s interests and ambitions, expectations and wanted added value; mutual obligations, confidentiality and publication, and the agreements you make.',
      nl: 'Wie zit er aan tafel; de belangen en ambities, verwachtingen en gewenste meerwaarde van elke partner; wederzijdse verplichtingen, vertrouwelijkheid en publicatie, en de afspraken die jullie maken.',
    },
    minutes: 40,
    facilitatorNote: {
      en: 'Co-creation starts with equal partners who each have interests of their own. Let every partner fill in the first four frames for themselves (about 15 minutes), read them aloud, then agree together on obligations, confidentiality and publication (about 20 minutes). Write each agreement as one note in Agreements: the follow-up session carries them over.',
      nl: 'Cocreatie begint bij gelijkwaardige partners met elk hun eigen belangen. Laat elke partner de eerste vier kaders voor zichzelf invullen (ongeveer 15 minuten), lees ze luidop voor en maak dan samen afspraken over verplichtingen, vertrouwelijkheid en publicatie (ongeveer 20 minuten). Schrijf elke afspraak als één notitie in Afspraken: de vervolgsessie neemt ze over.',
    },
    frames: grid(
      [
        {
          title: { en: 'Partners', nl: 'Partners' },
          instruction: {
            en: 'One note per partner at the table: organisation and who represents it. E.g. “Acme Logistics: Sara, innovation manager”.',
            nl: 'Eén notitie per partner aan tafel: organisatie en wie ze vertegenwoordigt. Bv. “Acme Logistics: Sara, innovatiemanager”.',
          },
        },
        {
          title: { en: 'Interests and ambitions', nl: 'Belangen en ambities' },
          instruction: {
            en: 'What does your organisation want to achieve, now and later? E.g. “Students: a real client for their portfolio”.',
            nl: 'Wat wil jouw organisatie bereiken, nu en later? Bv. “Studenten: een echte opdrachtgever voor hun portfolio”.',
          },
        },
        {
          title: { en: 'Expectations', nl: 'Verwachtingen' },
          instruction: {
            en: 'What do you expect from the project and from the other partners? E.g. “A working prototype by June”.',
            nl: 'Wat verwacht je van het project en van de andere partners? Bv. “Een werkend prototype tegen juni”.',
          },
        },
        {
          title: { en: 'Added value wanted', nl: 'Gewenste meerwaarde' },
          instruction: {
            en: 'What must this bring your organisation, and you personally, to be worth it? E.g. “Fewer empty return trips”.',
            nl: 'Wat moet dit jouw organisatie, en jou persoonlijk, opleveren om de moeite waard te zijn? Bv. “Minder lege retourritten”.',
          },
        },
        {
          title: { en: 'Mutual obligations', nl: 'Wederzijdse verplichtingen' },
          instruction: {
            en: 'What does each partner commit to give? E.g. “The company shares its delivery data openly with the students”.',
            nl: 'Waartoe verbindt elke partner zich? Bv. “Het bedrijf deelt zijn leveringsdata open met de studenten”.',
          },
        },
        {
          title: { en: 'Confidentiality and publication', nl: 'Vertrouwelijkheid en publicatie' },
          instruction: {
            en: 'What stays confidential, and what may be published, when and by whom? E.g. “Results may be published after six months”.',
            nl: 'Wat blijft vertrouwelijk, en wat mag gepubliceerd worden, wanneer en door wie? Bv. “Resultaten mogen na zes maanden gepubliceerd worden”.',
          },
        },
        {
          title: { en: 'Agreements', nl: 'Afspraken' },
          instruction: {
            en: 'One note per agreement everyone accepts. E.g. “Monthly review with all partners”.',
            nl: 'Eén notitie per afspraak die iedereen aanvaardt. Bv. “Maandelijks overleg met alle partners”.',
          },
        },
      ],
      4,
    ),
    notes: [],
    marks: [],
  },
  {
    id: 'empathise',
    phase: 'empathise',
    title: { en: 'Empathise', nl: 'Empathie' },
    description: {
      en: 'Empathy map (says, thinks, does, feels), interview notes, personas and a stakeholder map.',
      nl: 'Empathiekaart (zegt, denkt, doet, voelt), interviewnotities, persona’s en een stakeholderkaart.',
    },
    minutes: 45,
    facilitatorNote: {
      en: 'Start from interviews or observations of real users. Put raw quotes and observations in Interview notes, then sort them onto the empathy map: what the person says, thinks, does and feels (about 20 minutes). Sum up one or two personas, and place every stakeholder on the map: deciding in the middle, interested at the edge (about 15 minutes).',
      nl: 'Vertrek van interviews of observaties van echte gebruikers. Zet letterlijke citaten en observaties in Interviewnotities en verdeel ze dan over de empathiekaart: wat de persoon zegt, denkt, doet en voelt (ongeveer 20 minuten). Vat één of twee persona’s samen en plaats elke stakeholder op de kaart: beslissend in het midden, geïnteresseerd aan de rand (ongeveer 15 minuten).',
    },
    frames: [
      ...grid(
        [
          {
            title: { en: 'Says', nl: 'Zegt' },
            instruction: {
              en: 'What the person says out loud, in their own words. E.g. “I never know who to ask”.',
              nl: 'Wat de persoon luidop zegt, in eigen woorden. Bv. “Ik weet nooit wie ik moet vragen”.',
            },
          },
          {
            title: { en: 'Thinks', nl: 'Denkt' },
            instruction: {
              en: 'What they think but may not say. E.g. “This is not meant for people like me”.',
              nl: 'Wat de persoon denkt maar misschien niet zegt. Bv. “Dit is niet bedoeld voor mensen zoals ik”.',
            },
          },
          {
            title: { en: 'Interview notes', nl: 'Interviewnotities' },
            instruction: {
              en: 'Raw quotes and observations, one per note, with who said it. E.g. “Driver, 52: loads the van twice”.',
              nl: 'Letterlijke citaten en observaties, één per notitie, met wie het zei. Bv. “Chauffeur, 52: laadt de bestelwagen twee keer”.',
            },
          },
          {
            title: { en: 'Does', nl: 'Doet' },
            instruction: {
              en: 'What they do: actions and habits you saw. E.g. “Checks the app three times before leaving”.',
              nl: 'Wat de persoon doet: handelingen en gewoontes die je zag. Bv. “Kijkt drie keer in de app voor vertrek”.',
            },
          },
          {
            title: { en: 'Feels', nl: 'Voelt' },
            instruction: {
              en: 'What they feel: worries, frustrations, joys. E.g. “Stressed when a delivery is late”.',
              nl: 'Wat de persoon voelt: zorgen, frustraties, vreugde. Bv. “Gestrest als een levering te laat is”.',
            },
          },
          {
            title: { en: 'Personas', nl: 'Persona’s' },
            instruction: {
              en: 'A short portrait of a typical user: name, situation, goal. E.g. “Lina, 19, first-year student, wants to commute by bike”.',
              nl: 'Een kort portret van een typische gebruiker: naam, situatie, doel. Bv. “Lina, 19, eerstejaars, wil met de fiets pendelen”.',
            },
          },
        ],
        3,
      ),
      {
        title: { en: 'Stakeholder map', nl: 'Stakeholderkaart' },
        instruction: {
          en: 'One note per stakeholder, in the ring that fits: deciding, involved or interested. E.g. “City council” in the middle.',
          nl: 'Eén notitie per stakeholder, in de ring die past: beslissend, betrokken of geïnteresseerd. Bv. “Gemeenteraad” in het midden.',
        },
        x: MAP.x,
        y: MAP.y,
        width: MAP.size,
        height: MAP.size,
        fill: '#ffffff',
      },
    ],
    notes: [],
    marks: STAKEHOLDER_MARKS,
  },
  {
    id: 'define',
    phase: 'define',
    title: { en: 'Define', nl: 'Definiëren' },
    description: {
      en: 'Point-of-view statements and How-Might-We questions.',
      nl: 'Point-of-view-stellingen en Hoe-kunnen-we-vragen.',
    },
    minutes: 30,
    facilitatorNote: {
      en: 'Turn what you learned into a point of view: user + need + insight (about 10 minutes). Rewrite each point of view as a How-Might-We question, open enough to allow many answers and narrow enough to start from (about 10 minutes). Then let everyone vote on the questions to take into ideation.',
      nl: 'Zet wat jullie leerden om in een point of view: gebruiker + behoefte + inzicht (ongeveer 10 minuten). Herschrijf elk point of view als een Hoe-kunnen-we-vraag, open genoeg voor veel antwoorden en smal genoeg om mee te starten (ongeveer 10 minuten). Laat daarna iedereen stemmen op de vragen die naar de ideeënfase gaan.',
    },
    frames: grid(
      [
        {
          title: { en: 'Point of view', nl: 'Point of view' },
          instruction: {
            en: 'User + need + insight, in one sentence. E.g. “First-year students need a safe bike route because the ring road scares them”.',
            nl: 'Gebruiker + behoefte + inzicht, in één zin. Bv. “Eerstejaars hebben een veilige fietsroute nodig omdat de ringweg hen afschrikt”.',
          },
        },
        {
          title: { en: 'How might we …?', nl: 'Hoe kunnen we …?' },
          instruction: {
            en: 'A question that opens up solutions, starting with “How might we”. E.g. “How might we make the ring road feel safe by bike?”',
            nl: 'Een vraag die oplossingen opent, beginnend met “Hoe kunnen we”. Bv. “Hoe kunnen we de ringweg veilig laten aanvoelen voor fietsers?”',
          },
        },
      ],
      2,
    ),
    notes: [],
    marks: [],
  },
  {
    id: 'ideate',
    phase: 'ideate',
    title: { en: 'Ideate', nl: 'Ideeën' },
    description: {
      en: 'Ideas and their clusters, and an impact/effort matrix with four quadrants.',
      nl: 'Ideeën en hun clusters, en een impact/inspanningsmatrix met vier kwadranten.',
    },
    minutes: 50,
    facilitatorNote: {
      en: 'Start a private brainstorm so everyone writes alone first: one idea per note, quantity over quality (about 10 minutes). Reveal, then cluster similar ideas together (about 10 minutes) and hold a dot vote. After voting, move the best ideas onto the matrix: how much impact for how much effort (about 15 minutes). Quick wins sit top left.',
      nl: 'Start een privé brainstorm zodat iedereen eerst alleen schrijft: één idee per notitie, hoeveelheid boven kwaliteit (ongeveer 10 minuten). Onthul, cluster daarna gelijkaardige ideeën (ongeveer 10 minuten) en houd een stemronde met stippen. Verplaats na het stemmen de beste ideeën naar de matrix: hoeveel impact voor hoeveel inspanning (ongeveer 15 minuten). Snelle winsten staan linksboven.',
    },
    frames: [
      ...grid(
        [
          {
            title: { en: 'Ideas', nl: 'Ideeën' },
            instruction: {
              en: 'One idea per note, as many as you can; wild ideas welcome. E.g. “Bike buddies for the first week”.',
              nl: 'Eén idee per notitie, zoveel als je kan; wilde ideeën welkom. Bv. “Fietsbuddy’s in de eerste week”.',
            },
          },
          {
            title: { en: 'Clusters', nl: 'Clusters' },
            instruction: {
              en: 'Group ideas that belong together and name each group. E.g. “Company-led ideas”.',
              nl: 'Groepeer ideeën die samenhoren en geef elke groep een naam. Bv. “Ideeën vanuit het bedrijf”.',
            },
          },
        ],
        2,
      ),
      ...grid(
        [
          {
            title: { en: 'High impact, low effort', nl: 'Grote impact, weinig inspanning' },
            instruction: {
              en: 'Quick wins: do these first. E.g. “A map of safe routes on the intranet”.',
              nl: 'Snelle winsten: doe deze eerst. Bv. “Een kaart met veilige routes op het intranet”.',
            },
          },
          {
            title: { en: 'High impact, high effort', nl: 'Grote impact, veel inspanning' },
            instruction: {
              en: 'Big bets: worth planning for. E.g. “A separate bike lane along the ring road”.',
              nl: 'Grote projecten: de moeite waard om te plannen. Bv. “Een apart fietspad langs de ring”.',
            },
          },
          {
            title: { en: 'Low impact, low effort', nl: 'Kleine impact, weinig inspanning' },
            instruction: {
              en: 'Fill-ins: do them if time allows. E.g. “Stickers with the route”.',
              nl: 'Opvullers: doe ze als er tijd is. Bv. “Stickers met de route”.',
            },
          },
          {
            title: { en: 'Low impact, high effort', nl: 'Kleine impact, veel inspanning' },
            instruction: {
              en: 'Money pits: leave these aside. E.g. “Our own route-planning app”.',
              nl: 'Geldputten: laat deze liggen. Bv. “Een eigen routeplanner-app”.',
            },
          },
        ],
        2,
        '#ffffff',
        MATRIX_X,
        MATRIX_Y,
      ),
    ],
    notes: [],
    marks: IMPACT_EFFORT_MARKS,
  },
  {
    id: 'prototype',
    phase: 'prototype',
    title: { en: 'Prototype', nl: 'Prototype' },
    description: {
      en: 'Four storyboard scenes for sketches, notes and images.',
      nl: 'Vier storyboardscènes voor schetsen, notities en afbeeldingen.',
    },
    minutes: 40,
    facilitatorNote: {
      en: 'Make the chosen idea tangible as a storyboard: four scenes from the user’s first encounter to the result. Sketch with the pen, add notes or photos of paper prototypes. Rough is good: the goal is something to test, not something finished (about 30 minutes).',
      nl: 'Maak het gekozen idee tastbaar als storyboard: vier scènes van de eerste kennismaking van de gebruiker tot het resultaat. Schets met de pen, voeg notities of foto’s van papieren prototypes toe. Ruw is goed: het doel is iets om te testen, niet iets afgewerkts (ongeveer 30 minuten).',
    },
    frames: grid(
      [
        {
          title: { en: 'Scene 1', nl: 'Scène 1' },
          instruction: {
            en: 'The situation before: who is the user, where, what is the problem? E.g. “Lina at the station, dark, raining”.',
            nl: 'De situatie vooraf: wie is de gebruiker, waar, wat is het probleem? Bv. “Lina aan het station, donker, regen”.',
          },
        },
        {
          title: { en: 'Scene 2', nl: 'Scène 2' },
          instruction: {
            en: 'The first contact with your idea. E.g. “She scans the QR code on the bike rack”.',
            nl: 'Het eerste contact met jullie idee. Bv. “Ze scant de QR-code aan het fietsrek”.',
          },
        },
        {
          title: { en: 'Scene 3', nl: 'Scène 3' },
          instruction: {
            en: 'Using it: what does the user do and see? E.g. “The app shows a lit route with a buddy”.',
            nl: 'Het gebruik: wat doet en ziet de gebruiker? Bv. “De app toont een verlichte route met een buddy”.',
          },
        },
        {
          title: { en: 'Scene 4', nl: 'Scène 4' },
          instruction: {
            en: 'The result: what has changed for the user? E.g. “Lina arrives on time and relaxed”.',
            nl: 'Het resultaat: wat is er veranderd voor de gebruiker? Bv. “Lina komt op tijd en ontspannen aan”.',
          },
        },
      ],
      4,
      '#ffffff',
    ),
    notes: [],
    marks: [],
  },
  {
    id: 'test',
    phase: 'test',
    title: { en: 'Test', nl: 'Testen' },
    description: {
      en: 'Feedback capture grid: likes, criticisms, questions and ideas.',
      nl: 'Feedbackraster: wat werkt, kritiek, vragen en ideeën.',
    },
    minutes: 30,
    facilitatorNote: {
      en: 'Show the prototype to real users or to another team and capture their reactions live, one note per reaction, in the four quadrants (about 20 minutes). Listen more than you explain. Afterwards, decide together what to keep, change or drop.',
      nl: 'Toon het prototype aan echte gebruikers of aan een ander team en noteer hun reacties live, één notitie per reactie, in de vier kwadranten (ongeveer 20 minuten). Luister meer dan je uitlegt. Beslis daarna samen wat jullie behouden, veranderen of laten vallen.',
    },
    frames: grid(
      [
        {
          title: { en: 'Likes', nl: 'Wat werkt' },
          instruction: {
            en: 'What testers liked or what worked. E.g. “The buddy idea feels safe”.',
            nl: 'Wat testers goed vonden of wat werkte. Bv. “Het buddy-idee voelt veilig”.',
          },
        },
        {
          title: { en: 'Criticisms', nl: 'Kritiek' },
          instruction: {
            en: 'What did not work or bothered them. E.g. “Too many steps before the map shows”.',
            nl: 'Wat niet werkte of stoorde. Bv. “Te veel stappen voor de kaart verschijnt”.',
          },
        },
        {
          title: { en: 'Questions', nl: 'Vragen' },
          instruction: {
            en: 'Questions the test raised. E.g. “Who pays for the lights?”',
            nl: 'Vragen die de test opriep. Bv. “Wie betaalt de verlichting?”',
          },
        },
        {
          title: { en: 'Ideas', nl: 'Ideeën' },
          instruction: {
            en: 'New ideas from the testers or from you. E.g. “Add the route to the student card app”.',
            nl: 'Nieuwe ideeën van de testers of van jullie. Bv. “Zet de route in de studentenkaart-app”.',
          },
        },
      ],
      2,
    ),
    notes: [],
    marks: [],
  },
  {
    id: 'actions',
    phase: 'actions',
    title: { en: 'Actions and added value', nl: 'Acties en meerwaarde' },
    description: {
      en: 'Action plan, intended added value per stakeholder group, success factors and risk factors.',
      nl: 'Actieplan, beoogde meerwaarde per belanghebbendengroep, succesfactoren en risicofactoren.',
    },
    minutes: 35,
    facilitatorNote: {
      en: 'Agree on what happens next: every action has an owner and a date (about 15 minutes). Then write, per stakeholder group, the added value you intend, so you can check later whether it was realised, and name what will make the project succeed or fail (about 15 minutes).',
      nl: 'Spreek af wat er nu gebeurt: elke actie heeft een eigenaar en een datum (ongeveer 15 minuten). Schrijf daarna per belanghebbendengroep de beoogde meerwaarde op, zodat jullie later kunnen nagaan of ze gerealiseerd is, en benoem wat het project doet slagen of mislukken (ongeveer 15 minuten).',
    },
    frames: grid(
      [
        {
          title: { en: 'Action plan', nl: 'Actieplan' },
          instruction: {
            en: 'What, who, by when: one action per note. E.g. “Test the route with 10 students, Sara, 15 March”.',
            nl: 'Wat, wie, tegen wanneer: één actie per notitie. Bv. “Route testen met 10 studenten, Sara, 15 maart”.',
          },
        },
        {
          title: { en: 'Added value per stakeholder group', nl: 'Meerwaarde per belanghebbendengroep' },
          instruction: {
            en: 'Per group, the added value you intend. E.g. “Company: data on where bikes park”.',
            nl: 'Per groep de meerwaarde die jullie beogen. Bv. “Bedrijf: data over waar fietsen parkeren”.',
          },
        },
        {
          title: { en: 'Success factors', nl: 'Succesfactoren' },
          instruction: {
            en: 'What will make this work. E.g. “A contact person at the city who answers fast”.',
            nl: 'Wat dit doet slagen. Bv. “Een contactpersoon bij de stad die snel antwoordt”.',
          },
        },
        {
          title: { en: 'Risk factors', nl: 'Risicofactoren' },
          instruction: {
            en: 'What could make it fail, and how you will watch it. E.g. “Students drop out after the exams”.',
            nl: 'Wat het kan doen mislukken, en hoe jullie het opvolgen. Bv. “Studenten haken af na de examens”.',
          },
        },
      ],
      2,
    ),
    notes: [],
    marks: [],
  },
  {
    id: 'blank',
    phase: null,
    title: { en: 'Blank board', nl: 'Leeg bord' },
    description: { en: 'An empty board.', nl: 'Een leeg bord.' },
    minutes: 20,
    facilitatorNote: {
      en: 'An empty board for whatever the session needs: add frames with the Frame tool and give each a title that says what goes in it.',
      nl: 'Een leeg bord voor wat de sessie nodig heeft: voeg kaders toe met het Kader-gereedschap en geef elk een titel die zegt wat erin hoort.',
    },
    frames: [],
    notes: [],
    marks: [],
  },
];

/** The templates a new session starts with, in order. */
export const DEFAULT_FLOW: readonly string[] = ['partners', 'empathise', 'define', 'ideate', 'prototype', 'test', 'actions'];

/** The template with this id, or undefined. */
export function findTemplate(id: string): BoardTemplate | undefined {
  return BOARD_TEMPLATES.find((t) => t.id === id);
}
