import type { SessionRecord } from '@cocreate/shared';
/**
 * The session report as one self-contained HTML page: no scripts (a CSP forbids them), no
 * external resources, a picture of every board and the value chart as inline SVG, print styles
 * so a browser prints it to PDF. `earlier` are the sessions it follows up, oldest first.
 */
export declare function renderHtmlReport(record: SessionRecord, earlier?: readonly SessionRecord[]): string;
