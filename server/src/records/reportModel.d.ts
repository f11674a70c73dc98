import { type SessionRecord } from '@cocreate/shared';
import { type ReportText } from './reportText.js';
/** A piece of a report, rendered alike to Markdown and HTML. Every string is plain user text. */
export type Block =
  | {
      kind: 'heading';
      level: 1 | 2 | 3 | 4;
      text: string;
      id?: string;
    }
  | {
      kind: 'paragraph';
      text: string;
    }
  | {
      kind: 'list';
      items: string[];
      ordered?: boolean;
    }
  | {
      kind: 'table';
      head: string[];
      rows: string[][];
    }
  /** The picture of a board (HTML only: Markdown has the notes as lists). */
  | {
      kind: 'board';
      boardId: string;
    }
  /** The chart of intended against realised value (HTML only: the tables say the same). */
  | {
      kind: 'valueChart';
    };
/** A report: its language's labels and its blocks. */
export interface Report {
  text: ReportText;
  title: string;
  blocks: Block[];
}
/** Mean realised rating per stakeholder group and the number of intended values, over sessions. */
export interface GroupValue {
  group: string;
  intended: number;
  /** Mean rating of the evaluations in each session (null: none), oldest session first. */
  realised: (number | null)[];
}
/** Intended values and realised ratings per stakeholder group, the sessions oldest first. */
export declare function valuesByGroup(sessions: readonly SessionRecord[]): GroupValue[];
/**
 * The report of a session record: what a partner reads the same afternoon. `earlier` are the
 * records of the sessions this one follows up, oldest first, for value realised across them.
 */
export declare function buildReport(record: SessionRecord, earlier?: readonly SessionRecord[]): Report;
