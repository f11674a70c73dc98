import { hasText, indexRecord, type Item, type SessionRecord } from '@cocreate/shared';
import { reportText, type ReportText } from './reportText.js';

/** A piece of a report, rendered alike to Markdown and HTML. Every string is plain user text. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** The picture of a board (HTML only: Markdown has the notes as lists). */
  | { kind: 'board'; boardId: string }
  /** The chart of intended against realised value (HTML only: the table beside it says the same). */
  | { kind: 'valueChart'; groups: GroupValue[]; sessionTitles: string[] };

/** A report: its language's labels and its blocks. */
export interface Report {
  text: ReportText;
  title: string;
  blocks: Block[];
}

const textOf = (item: Item) => (hasText(item) ? item.text.trim() : item.type === 'frame' ? item.title : '');
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' / ');
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Mean realised rating per stakeholder group and the number of intended values, over sessions. */
export interface GroupValue {
  group: string;
  intended: number;
  /** Mean rating of the evaluations in each session (null: none), oldest session first. */
  realised: (number | null)[];
}

/** Intended values and realised ratings per stakeholder group, the sessions oldest first. */
function valuesByGroup(sessions: readonly SessionRecord[]): GroupValue[] {
  const last = sessions.at(-1)!;
  const groups = [...new Set(last.addedValue.map((v) => v.group))].sort();
  return groups.map((group) => {
    const ids = new Set(last.addedValue.filter((v) => v.group === group).map((v) => v.id));
    return {
      group,
      intended: ids.size,
      realised: sessions.map((s) => {
        const ratings = s.evaluations.filter((e) => ids.has(e.valueId)).map((e) => e.rating);
        return ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null;
      }),
    };
  });
}

/**
 * The report of a session record: what a partner reads the same afternoon. `earlier` are the
 * records of the sessions this one follows up, oldest first, for value realised across them.
 */
export function buildReport(record: SessionRecord, earlier: readonly SessionRecord[] = []): Report {
  const t = reportText(record.session.language);
  const index = indexRecord(record);
  const blocks: Block[] = [];
  const add = (...b: Block[]) => blocks.push(...b);
  const h2 = (text: string, id: string) => add({ kind: 'heading', level: 2, text, id });
  const orNone = (b: Block) => add(b.kind === 'table' && b.rows.length === 0 ? { kind: 'paragraph', text: t.none } : b);
  const notes = record.items.filter((i) => i.type === 'note' || i.type === 'text' || i.type === 'shape').filter((i) => textOf(i));
  const noteLine = (item: Item) => {
    const extra = [
      index.clusterOf(item.id) ? `${t.cluster}: ${index.clusterOf(item.id)!.name}` : '',
      index.votesOf(item.id) ? counted(index.votesOf(item.id), t.vote, t.votes) : '',
    ]
      .filter(Boolean)
      .join(', ');
    const author = index.author(item)?.name;
    return `${oneLine(textOf(item))}${author ? ` (${author})` : ''}${extra ? ` [${extra}]` : ''}`;
  };

  add({ kind: 'paragraph', text: `${t.record} · ${date(record.session.createdAt)} · ${t.exported} ${date(record.exportedAt)}` });
  h2(t.challenge, 'challenge');
  add({ kind: 'paragraph', text: record.session.challenge.trim() || t.noChallenge });

  h2(t.partners, 'partners');
  orNone({
    kind: 'table',
    head: [t.organisation, t.group, t.contact, t.interests, t.ambitions, t.expectations, t.obligations],
    rows: record.partners.map((p) => [p.organisation, p.group, p.contact, p.interests, p.ambitions, p.expectations, p.obligations]),
  });
  add({ kind: 'heading', level: 3, text: t.agreements, id: 'agreements' });
  const partnerName = new Map(record.partners.map((p) => [p.id, p.organisation]));
  orNone({
    kind: 'table',
    head: [t.title, t.forPartners, t.nda, t.confidential, t.publication, t.publishedBy, t.embargo],
    rows: record.agreements.map((a) => [
      a.title,
      a.partnerIds.length ? a.partnerIds.map((id) => partnerName.get(id) ?? id).join(', ') : t.allPartners,
      a.nda ? t.yes : t.no,
      a.confidential,
      a.publication,
      a.publishedBy,
      a.embargoUntil,
    ]),
  });

  h2(t.boards, 'boards');
  for (const board of record.boards) {
    add({ kind: 'heading', level: 3, text: board.title, id: `board-${board.id}` }, { kind: 'board', boardId: board.id });
    const onBoard = notes.filter((n) => n.boardId === board.id);
    const byFrame = new Map<string, Item[]>();
    for (const item of onBoard) {
      const frame = index.frameOf(item)?.title.trim() || t.outsideFrames;
      byFrame.set(frame, [...(byFrame.get(frame) ?? []), item]);
    }
    for (const [frame, items] of byFrame) add({ kind: 'heading', level: 4, text: frame }, { kind: 'list', items: items.map(noteLine) });
    const clusters = record.clusters.filter((c) => c.boardId === board.id);
    if (clusters.length) {
      const text = new Map(onBoard.map((i) => [i.id, oneLine(textOf(i))]));
      add(
        { kind: 'heading', level: 4, text: t.clusters },
        { kind: 'list', items: clusters.map((c) => `${c.name}: ${c.noteIds.map((id) => text.get(id) ?? id).join('; ')}`) },
      );
    }
  }

  h2(t.voteResults, 'votes');
  const byId = new Map(record.items.map((i) => [i.id, i]));
  const boardTitle = new Map(record.boards.map((b) => [b.id, b.title]));
  const winners: Item[] = [];
  if (record.votes.length === 0) add({ kind: 'paragraph', text: t.none });
  for (const round of record.votes) {
    const ranked = Object.entries(round.totals).sort((a, b) => b[1] - a[1]);
    const top = ranked[0]?.[1] ?? 0;
    for (const [id, n] of ranked) if (n === top && byId.get(id)) winners.push(byId.get(id)!);
    add(
      {
        kind: 'heading',
        level: 3,
        text: `${t.round} ${boardTitle.get(round.boardId) ?? round.boardId}, ${date(round.endedAt)} (${counted(round.voters, t.voter, t.voters)})`,
      },
      {
        kind: 'list',
        ordered: true,
        items: ranked.map(([id, n]) => `${oneLine(byId.get(id) ? textOf(byId.get(id)!) : id)}: ${counted(n, t.vote, t.votes)}`),
      },
    );
  }

  h2(t.quadrants, 'quadrants');
  const quadrants = new Map<string, Item[]>();
  for (const item of notes) {
    const q = index.quadrantOf(item);
    if (q) quadrants.set(q, [...(quadrants.get(q) ?? []), item]);
  }
  if (quadrants.size === 0) add({ kind: 'paragraph', text: t.none });
  for (const [q, items] of quadrants) add({ kind: 'heading', level: 3, text: q }, { kind: 'list', items: items.map(noteLine) });

  h2(t.decisions, 'decisions');
  const quickWins = quadrants.get('High impact, low effort') ?? [];
  const decisions = [...new Set([...winners, ...quickWins])];
  add({ kind: 'paragraph', text: t.decisionsNote });
  if (decisions.length) add({ kind: 'list', items: decisions.map(noteLine) });

  h2(t.actions, 'actions');
  orNone({ kind: 'table', head: [t.what, t.who, t.due, t.status], rows: record.actions.map((a) => [a.what, a.who, a.dueDate, a.status]) });

  h2(t.addedValue, 'added-value');
  orNone({
    kind: 'table',
    head: [t.group, t.category, t.description, t.successFactors, t.risks],
    rows: record.addedValue.map((v) => [
      v.group,
      v.category,
      v.description,
      v.successFactors.join('; '),
      v.risks.map((r) => (r.mitigation ? `${r.risk} (${r.mitigation})` : r.risk)).join('; '),
    ]),
  });

  h2(t.evaluation, 'evaluation');
  const sessions = [...earlier, record];
  const evaluationRows = record.addedValue.flatMap((v) => {
    const rows = sessions.flatMap((s) =>
      s.evaluations
        .filter((e) => e.valueId === v.id)
        .map((e) => [v.group, v.description, s.session.title, String(e.rating), e.evidence, e.date, e.evaluator]),
    );
    return rows.length ? rows : [[v.group, v.description, '', t.notEvaluated, '', '', '']];
  });
  orNone({ kind: 'table', head: [t.group, t.description, t.session, t.rating, t.evidence, t.date, t.evaluator], rows: evaluationRows });
  const groups = valuesByGroup(sessions);
  if (groups.length) {
    add(
      { kind: 'heading', level: 3, text: earlier.length ? t.acrossSessions : t.chart },
      { kind: 'valueChart', groups, sessionTitles: sessions.map((s) => s.session.title) },
      {
        kind: 'table',
        head: [t.group, t.intended, ...sessions.map((s) => `${t.realised}: ${s.session.title} (${date(s.session.createdAt)})`)],
        rows: groups.map((g) => [g.group, String(g.intended), ...g.realised.map((r) => (r === null ? '–' : String(r)))]),
      },
    );
  }

  h2(t.comments, 'comments');
  orNone({
    kind: 'table',
    head: [t.board, t.description, t.name, t.comments],
    rows: record.comments.map((c) => {
      const item = byId.get(c.itemId);
      return [
        boardTitle.get(item?.boardId ?? '') ?? '',
        item ? oneLine(textOf(item)) : '',
        c.authorName,
        `${c.text}${c.resolved ? ` (${t.resolved})` : ''}`,
      ];
    }),
  });

  h2(t.participants, 'participants');
  orNone({
    kind: 'table',
    head: [t.name, t.organisation, t.group, t.role],
    rows: record.participants.map((p) => [p.name, p.organisation, p.group, p.role]),
  });
  return { text: t, title: record.session.title, blocks };
}

/** `n` with the word for one or for more (both report languages say "1 vote", "2 votes"). */
function counted(n: number, one: string, more: string): string {
  return `${n} ${n === 1 ? one : more}`;
}
