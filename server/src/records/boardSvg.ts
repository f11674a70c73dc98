import { compareZ, noteFill, type Item, type SessionRecord } from '@cocreate/shared';
import { escapeXml } from './xml.js';

const MARGIN = 40;
const NOTE_FONT = 18;
const LINE = 1.25;

const r = (n: number) => Math.round(n);

/** Wraps text to lines of at most `perLine` characters, breaking at spaces where it can. */
function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      for (let rest = word; rest.length > 0; ) {
        const room = perLine - (line ? line.length + 1 : 0);
        if (rest.length <= room) {
          line = line ? `${line} ${rest}` : rest;
          rest = '';
        } else if (line) {
          lines.push(line);
          line = '';
        } else {
          lines.push(rest.slice(0, perLine));
          rest = rest.slice(perLine);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Text inside a box: wrapped, as many lines as fit, each a tspan. */
function textBlock(text: string, x: number, y: number, width: number, height: number, size: number, cls: string): string {
  const perLine = Math.max(4, Math.floor(width / (size * 0.55)));
  const fit = Math.max(1, Math.floor(height / (size * LINE)));
  const lines = wrap(text.trim(), perLine).slice(0, fit);
  if (lines.length === 0 || (lines.length === 1 && !lines[0])) return '';
  const spans = lines.map((l, i) => `<tspan x="${r(x)}" dy="${i === 0 ? size : r(size * LINE)}">${escapeXml(l)}</tspan>`).join('');
  return `<text class="${cls}" x="${r(x)}" y="${r(y)}" font-size="${size}">${spans}</text>`;
}

function itemSvg(item: Item, assets: ReadonlyMap<string, string>): string {
  const { x, y, width: w, height: h } = item;
  switch (item.type) {
    case 'frame':
      return `<g class="frame"><rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${item.fill}" rx="8"/>${textBlock(item.title, x + 12, y + 8, w - 24, 40, 22, 't')}</g>`;
    case 'note': {
      const size = Math.min(NOTE_FONT, Math.max(8, h / 8));
      return `<g class="note"><rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${noteFill(item.color)}" rx="6"/>${textBlock(item.text, x + 12, y + 10, w - 24, h - 20, r(size), 't')}</g>`;
    }
    case 'text':
      return textBlock(item.text, x, y, w, Math.max(h, item.fontSize * LINE), r(item.fontSize), 't');
    case 'shape': {
      const body =
        item.shape === 'ellipse'
          ? `<ellipse cx="${r(x + w / 2)}" cy="${r(y + h / 2)}" rx="${r(w / 2)}" ry="${r(h / 2)}"`
          : item.shape === 'diamond'
            ? `<polygon points="${r(x + w / 2)},${r(y)} ${r(x + w)},${r(y + h / 2)} ${r(x + w / 2)},${r(y + h)} ${r(x)},${r(y + h / 2)}"`
            : item.shape === 'triangle'
              ? `<polygon points="${r(x + w / 2)},${r(y)} ${r(x + w)},${r(y + h)} ${r(x)},${r(y + h)}"`
              : `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}"`;
      return `<g>${body} fill="${item.fill}" stroke="${item.stroke}" stroke-width="2"/>${textBlock(item.text, x + 8, y + h / 2 - 12, w - 16, h / 2, 16, 't')}</g>`;
    }
    case 'connector': {
      const [x1, y1, x2, y2] = item.points;
      const start = item.arrow === 'both' ? ' marker-start="url(#arrow)"' : '';
      const end = item.arrow === 'none' ? '' : ' marker-end="url(#arrow)"';
      return `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${item.stroke}" stroke-width="2"${start}${end}/>`;
    }
    case 'stroke': {
      const pts: string[] = [];
      for (let i = 0; i + 1 < item.points.length; i += 2) pts.push(`${r(x + item.points[i]!)},${r(y + item.points[i + 1]!)}`);
      return `<polyline points="${pts.join(' ')}" fill="none" stroke="${item.stroke}" stroke-width="${item.strokeWidth}" stroke-linecap="round"/>`;
    }
    case 'image': {
      const data = assets.get(item.assetId);
      return data
        ? `<image x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" href="data:${item.mime};base64,${data}"><title>${escapeXml(item.alt)}</title></image>`
        : `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="#eee" stroke="#999"/>`;
    }
  }
}

/**
 * A picture of one board as SVG, drawn from the record (no browser needed): frames, notes in
 * their colours with their text wrapped, text, shapes, connectors, strokes, images and cluster
 * outlines, fitted to the board's content. All user text is escaped.
 */
export function boardSvg(record: SessionRecord, boardId: string, label: string): string {
  const items = record.items.filter((i) => i.boardId === boardId).sort(compareZ);
  const assets = new Map(record.assets.map((a) => [a.id, a.data]));
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const i of items) {
    minX = Math.min(minX, i.x);
    minY = Math.min(minY, i.y);
    maxX = Math.max(maxX, i.x + i.width);
    maxY = Math.max(maxY, i.y + i.height);
  }
  if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 400, 300];
  const byId = new Map(items.map((i) => [i.id, i]));
  const clusters = record.clusters
    .filter((c) => c.boardId === boardId)
    .map((c) => {
      const members = c.noteIds.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
      if (members.length === 0) return '';
      const x = Math.min(...members.map((m) => m.x)) - 12;
      const y = Math.min(...members.map((m) => m.y)) - 12;
      const w = Math.max(...members.map((m) => m.x + m.width)) - x + 12;
      const h = Math.max(...members.map((m) => m.y + m.height)) - y + 12;
      return `<g class="cluster"><rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="none" stroke="${noteFill(c.color)}" stroke-width="6" stroke-dasharray="14 8" rx="16"/><text class="t" x="${r(x)}" y="${r(y - 8)}" font-size="20">${escapeXml(c.name)}</text></g>`;
    })
    .join('');
  const vb = [minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN].map(r).join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vb}" role="img" aria-label="${escapeXml(label)}" class="board" data-board="${escapeXml(boardId)}">` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1e1e1e"/></marker></defs>' +
    `<style>.t{font-family:system-ui,sans-serif;fill:#1e1e1e}</style>${items.map((i) => itemSvg(i, assets)).join('')}${clusters}</svg>`
  );
}
