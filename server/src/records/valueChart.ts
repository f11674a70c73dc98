import type { GroupValue } from './reportModel.js';
import type { ReportText } from './reportText.js';
import { escapeXml } from './xml.js';

const BAR = 18;
const ROW = 28;
const LABEL_W = 180;
const PLOT_W = 420;
const COLORS = ['#7aa6da', '#e5a54b', '#6fbf73', '#c678dd', '#e06c75'];

/**
 * Intended against realised value per stakeholder group as an SVG bar chart: for each group the
 * number of intended values (grey) and the mean realised rating of each session (1–5, coloured).
 */
export function valueChartSvg(groups: readonly GroupValue[], sessionTitles: readonly string[], t: ReportText): string {
  const maxIntended = Math.max(1, ...groups.map((g) => g.intended));
  const bars = 1 + sessionTitles.length;
  const height = groups.length * (bars * ROW + 12) + 60;
  const rows = groups
    .map((g, gi) => {
      const top = 40 + gi * (bars * ROW + 12);
      const intended = `<rect x="${LABEL_W}" y="${top}" width="${Math.round((g.intended / maxIntended) * PLOT_W)}" height="${BAR}" fill="#bbb"/><text x="${LABEL_W + 6}" y="${top + 14}" font-size="12">${g.intended} ${escapeXml(t.intended)}</text>`;
      const realised = g.realised
        .map((v, si) => {
          const y = top + (si + 1) * ROW;
          const w = v === null ? 0 : Math.round((v / 5) * PLOT_W);
          const label = `${v === null ? '–' : v} / 5 · ${escapeXml(sessionTitles[si]!)}`;
          return `<rect x="${LABEL_W}" y="${y}" width="${w}" height="${BAR}" fill="${COLORS[si % COLORS.length]}"/><text x="${LABEL_W + w + 6}" y="${y + 14}" font-size="12">${label}</text>`;
        })
        .join('');
      return `<text x="0" y="${top + 14}" font-size="14" font-weight="600">${escapeXml(g.group || '–')}</text>${intended}${realised}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${LABEL_W + PLOT_W + 220} ${height}" role="img" aria-label="${escapeXml(t.chart)}"><text x="0" y="20" font-size="15" font-weight="600">${escapeXml(t.chart)}</text>${rows}</svg>`;
}
