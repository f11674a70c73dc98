import { describe, expect, it } from 'vitest';
import { boardDocName, controlDocName, docName, parseDocName } from './docNames.js';

describe('parseDocName', () => {
  it('reads a board document name', () => {
    expect(parseDocName('abc_DEF-123')).toEqual({ sessionId: 'abc_DEF-123', kind: 'board' });
  });

  it('reads a control document name', () => {
    expect(parseDocName('abc123.control')).toEqual({ sessionId: 'abc123', kind: 'control' });
  });

  it.each(['', '.control', 'a.b', 'a/b', '../etc', 'a b', 'a.control.control', 'é', 'x'.repeat(65), 'a%2e', 'a.CONTROL'])(
    'refuses %j',
    (name) => {
      expect(parseDocName(name)).toBeNull();
    },
  );

  it('accepts the longest allowed session id', () => {
    expect(parseDocName('x'.repeat(64))?.sessionId).toBe('x'.repeat(64));
  });

  it('round-trips the names it builds', () => {
    expect(parseDocName(boardDocName('s1'))).toEqual({ sessionId: 's1', kind: 'board' });
    expect(parseDocName(controlDocName('s1'))).toEqual({ sessionId: 's1', kind: 'control' });
    expect(docName('s1', 'board')).toBe('s1');
    expect(docName('s1', 'control')).toBe('s1.control');
  });
});
