import type { SessionRecord } from '@cocreate/shared';
import { buildReport, type Block } from './reportModel.js';

/** User text made inert in Markdown: no headings, links, HTML, emphasis or table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')
    .trim();
}

function blockToMarkdown(block: Block): string | null {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
      return [row(block.head), `|${block.head.map(() => '---').join('|')}|`, ...block.rows.map(row)].join('\n');
    }
    default:
      return null;
  }
}

/** The session report as Markdown (see buildReport); `earlier` are the sessions it follows up. */
export function renderMarkdownReport(record: SessionRecord, earlier: readonly SessionRecord[] = []): string {
  const report = buildReport(record, earlier);
  const parts = [`# ${escapeMarkdown(report.title)}`, ...report.blocks.map(blockToMarkdown).filter((b): b is string => b !== null)];
  return `${parts.join('\n\n')}\n`;
}
