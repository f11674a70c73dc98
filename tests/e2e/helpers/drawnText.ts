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

/** Every text node the page's board draws whose text equals `text`. */
export function drawnTexts(page: Page, text: string): Promise<DrawnText[]> {
  return page.evaluate((want) => {
    interface Node {
      className: string;
      text(): string;
      fontSize(): number;
      height(): number;
      textArr: { text: string }[];
      lineHeight(): number;
      padding(): number;
      getParent(): { getChildren(): Node[] } | null;
    }
    type Hook = { stages(): { find(selector: string): Node[] }[] };
    const hook = (window as unknown as { __cocreate: Hook }).__cocreate;
    return hook
      .stages()
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
  }, text);
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
