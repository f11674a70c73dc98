import type { SessionRecord } from '@cocreate/shared';
import { boardSvg } from './boardSvg.js';
import { buildReport, type Block } from './reportModel.js';
import type { ReportText } from './reportText.js';
import { valueChartSvg } from './valueChart.js';
import { escapeXml } from './xml.js';

const STYLE = `
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1e1e1e;line-height:1.45}
h1{font-size:1.9rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}svg.board{width:100%;height:auto;max-height:70vh;border:1px solid #ddd;border-radius:6px;background:#fff}
svg.chart{width:100%;height:auto}nav ol{columns:2}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}svg.board,table,tr{break-inside:avoid}nav{display:none}}`;

function blockToHtml(block: Block, record: SessionRecord, text: ReportText): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}${block.id ? ` id="${escapeXml(block.id)}"` : ''}>${escapeXml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escapeXml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table><thead><tr>${block.head.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'board': {
      const title = record.boards.find((b) => b.id === block.boardId)?.title ?? '';
      return `<figure>${boardSvg(record, block.boardId, title)}</figure>`;
    }
    case 'valueChart':
      return `<figure>${valueChartSvg(block.groups, block.sessionTitles, text)}</figure>`;
  }
}

/**
 * The session report as one self-contained HTML page: no scripts (a CSP forbids them), no
 * external resources, a picture of every board and the value chart as inline SVG, print styles
 * so a browser prints it to PDF. `earlier` are the sessions it follows up, oldest first.
 */
export function renderHtmlReport(record: SessionRecord, earlier: readonly SessionRecord[] = []): string {
  const report = buildReport(record, earlier);
  const toc = report.blocks
    .filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2 && !!b.id)
    .map((b) => `<li><a href="#${escapeXml(b.id!)}">${escapeXml(b.text)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${record.session.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(report.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeXml(report.title)}</h1><nav><ol>${toc}</ol></nav>
${report.blocks.map((b) => blockToHtml(b, record, report.text)).join('\n')}
</body></html>
`;
}
