// What the board really draws: the text nodes on the Konva stage, line by line as they are wrapped.
import type { Page } from 'playwright-core';

/** A text drawn on the board: its lines as wrapped, its font size and the box it is drawn in. */
export interface DrawnText {
  text: string;
  lines: string[];
  fontSize: number;
  /** Height of the text's lines, and of the box it sits in (board units). */
  textHeight: number;
  boxHeight: number;
  /** Height of the note's coloured background drawn behind it, when it is a note. */
  backgroundHeight: number | null;
}

/**
 * Every text the page's board draws whose text equals `text`: Konva text nodes, and notes, drawn
 * in runs by one shape each, which keeps every note it draws as it draws it (attr `notes`: each
 * note's box, `text`, `lines`, `fontSize`, `lineHeight`, `padding`).
 */
export function drawnTexts(page: Page, text: string): Promise<DrawnText[]> {
  return page.evaluate((want) => {
    interface DrawnNote {
      text: string;
      lines: { text: string }[];
      fontSize: number;
      lineHeight: number;
      padding: number;
      height: number;
    }
    interface Node {
      className: string;
      attrs: { notes?: DrawnNote[] };
      text(): string;
      fontSize(): number;
      height(): number;
      textArr: { text: string }[];
      lineHeight(): number;
      padding(): number;
      getParent(): { getChildren(): Node[] } | null;
    }
    type Hook = { stages(): { find(selector: string): Node[] }[] };
    const stages = (window as unknown as { __cocreate: Hook }).__cocreate.stages();
    const texts = stages
      .flatMap((stage) => stage.find('Text'))
      .filter((node) => node.text() === want)
      .map((node) => {
        const background = node
          .getParent()
          ?.getChildren()
          .find((c) => c.className === 'Rect');
        return {
          text: node.text(),
          lines: node.textArr.map((l) => l.text),
          fontSize: node.fontSize(),
          textHeight: node.textArr.length * node.fontSize() * node.lineHeight(),
          boxHeight: node.height() - 2 * node.padding(),
          backgroundHeight: background ? background.height() : null,
        };
      });
    const notes = stages
      .flatMap((stage) => stage.find('.notes'))
      .flatMap((node) => node.attrs.notes ?? [])
      .filter((note) => note.text === want)
      .map((note) => ({
        text: want,
        lines: note.lines.map((l) => l.text),
        fontSize: note.fontSize,
        textHeight: note.lines.length * note.fontSize * note.lineHeight,
        boxHeight: note.height - 2 * note.padding,
        backgroundHeight: note.height,
      }));
    return [...texts, ...notes];
  }, text);
}

/** Whether the page's board draws a text (a Konva text or a note's) equal to `text`. */
export function drawsText(page: Page, text: string): Promise<boolean> {
  return drawnTexts(page, text).then((found) => found.length > 0);
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
