import type { SessionRecord } from '@cocreate/shared';
/** User text made inert in Markdown: no headings, links, HTML, emphasis or table breaks. */
export declare function escapeMarkdown(text: string): string;
/** The session report as Markdown (see buildReport); `earlier` are the sessions it follows up. */
export declare function renderMarkdownReport(record: SessionRecord, earlier?: readonly SessionRecord[]): string;
