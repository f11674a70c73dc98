import type { ToolId } from '../store/index.js';

/** Single-key tool shortcuts (as in Miro, FigJam, Excalidraw, tldraw). */
export const TOOL_KEYS: Readonly<Record<string, ToolId>> = {
  v: 'select',
  h: 'hand',
  n: 'note',
  t: 'text',
  s: 'shape',
  c: 'connector',
  f: 'frame',
  p: 'pen',
  i: 'image',
};

/** The key a tool is bound to, upper-cased for tooltips (`Note (N)`). */
export function toolKey(tool: ToolId): string {
  return (
    Object.entries(TOOL_KEYS)
      .find(([, t]) => t === tool)?.[0]
      ?.toUpperCase() ?? ''
  );
}

/** What a key press asks for, independent of the DOM. */
export type ShortcutAction =
  | { kind: 'tool'; tool: ToolId }
  | {
      kind:
        | 'undo'
        | 'redo'
        | 'delete'
        | 'duplicate'
        | 'selectAll'
        | 'escape'
        | 'zoomIn'
        | 'zoomOut'
        | 'fit'
        | 'resetZoom'
        | 'toFront'
        | 'toBack';
    };

/** Modifier and key of a key press. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Maps a key press to a shortcut, or null. Ctrl and Cmd are the same (Windows, Linux, macOS). */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    // Ctrl+Shift+] / [ (Figma, Excalidraw); with Shift the key may arrive as } or {.
    if (e.shiftKey && (key === ']' || key === '}')) return { kind: 'toFront' };
    if (e.shiftKey && (key === '[' || key === '{')) return { kind: 'toBack' };
    if (key === 'z') return { kind: e.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !e.shiftKey) return { kind: 'redo' };
    if (key === 'd' && !e.shiftKey) return { kind: 'duplicate' };
    if (key === 'a' && !e.shiftKey) return { kind: 'selectAll' };
    if (key === '=' || key === '+') return { kind: 'zoomIn' };
    if (key === '-') return { kind: 'zoomOut' };
    if (key === '0') return { kind: 'resetZoom' };
    return null;
  }
  if (e.altKey) return null;
  if (key === 'Delete' || key === 'Backspace') return { kind: 'delete' };
  if (key === 'Escape') return { kind: 'escape' };
  // Page Up / Page Down bring to front and send to back, as in Miro.
  if (key === 'PageUp') return { kind: 'toFront' };
  if (key === 'PageDown') return { kind: 'toBack' };
  if (key === '!' || (e.shiftKey && key === '1')) return { kind: 'fit' };
  if (key === '+' || key === '=') return { kind: 'zoomIn' };
  if (key === '-') return { kind: 'zoomOut' };
  const tool = e.shiftKey ? undefined : TOOL_KEYS[key];
  return tool ? { kind: 'tool', tool } : null;
}
