import { describe, expect, it } from 'vitest';
import { shortcutFor, toolKey, type KeyPress } from './shortcuts.js';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('brings to front and sends to back with Ctrl+Shift+] / [ and Page Up / Down', () => {
    expect(shortcutFor(press('}', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'toFront' });
    expect(shortcutFor(press(']', { metaKey: true, shiftKey: true }))).toEqual({ kind: 'toFront' });
    expect(shortcutFor(press('{', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'toBack' });
    expect(shortcutFor(press('PageUp'))).toEqual({ kind: 'toFront' });
    expect(shortcutFor(press('PageDown'))).toEqual({ kind: 'toBack' });
    expect(shortcutFor(press(']'))).toBeNull();
  });

  it('maps single letters to tools', () => {
    expect(shortcutFor(press('n'))).toEqual({ kind: 'tool', tool: 'note' });
    expect(shortcutFor(press('V'))).toEqual({ kind: 'tool', tool: 'select' });
    expect(shortcutFor(press('c'))).toEqual({ kind: 'tool', tool: 'connector' });
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('treats Ctrl and Cmd alike for undo, redo, duplicate and select all', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('z', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(shortcutFor(press('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(shortcutFor(press('d', { metaKey: true }))).toEqual({ kind: 'duplicate' });
    expect(shortcutFor(press('a', { ctrlKey: true }))).toEqual({ kind: 'selectAll' });
  });

  it('leaves Ctrl+C and Ctrl+V to the clipboard events, and Ctrl+letter tools alone', () => {
    expect(shortcutFor(press('c', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('v', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { altKey: true }))).toBeNull();
  });

  it('maps Delete, Backspace, Escape and the zoom keys', () => {
    expect(shortcutFor(press('Delete'))).toEqual({ kind: 'delete' });
    expect(shortcutFor(press('Backspace'))).toEqual({ kind: 'delete' });
    expect(shortcutFor(press('Escape'))).toEqual({ kind: 'escape' });
    expect(shortcutFor(press('!', { shiftKey: true }))).toEqual({ kind: 'fit' });
    expect(shortcutFor(press('=', { ctrlKey: true }))).toEqual({ kind: 'zoomIn' });
    expect(shortcutFor(press('-'))).toEqual({ kind: 'zoomOut' });
  });

  it('names the key of each tool', () => {
    expect(toolKey('pen')).toBe('P');
    expect(toolKey('image')).toBe('I');
  });
});
