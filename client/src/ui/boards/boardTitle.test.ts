import { describe, expect, it } from 'vitest';
import { MAX_BOARD_TITLE, boardTitleProblem } from './boardTitle.js';

describe('boardTitleProblem', () => {
  it('accepts 1 to 200 characters after trimming, refuses empty and longer titles', () => {
    expect(MAX_BOARD_TITLE).toBe(200);
    expect(boardTitleProblem('Ideate')).toBeNull();
    expect(boardTitleProblem(`  ${'x'.repeat(200)}  `)).toBeNull();
    expect(boardTitleProblem('')).toBe('empty');
    expect(boardTitleProblem('   ')).toBe('empty');
    expect(boardTitleProblem('x'.repeat(201))).toBe('tooLong');
  });
});
