import { describe, expect, it } from 'vitest';
import { CloseCodes, FATAL_CLOSE_CODES } from './closeCodes.js';

describe('CloseCodes', () => {
  it('uses the codes of the contract', () => {
    expect(CloseCodes.malformed.code).toBe(4400);
    expect(CloseCodes.unauthorized.code).toBe(4401);
    expect(CloseCodes.forbidden.code).toBe(4403);
    expect(CloseCodes.tooLarge.code).toBe(4413);
    expect(CloseCodes.rateLimited.code).toBe(4429);
  });

  it('keeps every reason plain ASCII within the 123 bytes a close frame allows', () => {
    for (const { reason } of Object.values(CloseCodes)) expect(reason).toMatch(/^[\x20-\x7e]{1,123}$/);
  });

  it('treats only auth failures as fatal', () => {
    expect([...FATAL_CLOSE_CODES].sort()).toEqual([4401, 4403]);
  });
});
