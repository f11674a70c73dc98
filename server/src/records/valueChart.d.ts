import type { SessionRecord } from '@cocreate/shared';
import type { ReportText } from './reportText.js';
/**
 * Intended against realised value per stakeholder group as an SVG bar chart: for each group the
 * number of intended values (grey) and the mean realised rating of each session (1–5, coloured).
 */
export declare function valueChartSvg(sessions: readonly SessionRecord[], t: ReportText): string;
