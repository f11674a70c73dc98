/**
 * The ids of the board templates (boardTemplates.ts holds their content). Apart, so a schema can
 * check an id without pulling every template's text into the start page.
 */
export const TEMPLATE_IDS = ['partners', 'empathise', 'define', 'ideate', 'prototype', 'test', 'actions', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
