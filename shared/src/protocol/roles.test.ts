import { describe, expect, it } from 'vitest';
import { ROLES, RoleSchema, canWrite } from './roles.js';

describe('canWrite', () => {
  it('lets the facilitator write both documents', () => {
    expect(canWrite('facilitator', 'board')).toBe(true);
    expect(canWrite('facilitator', 'control')).toBe(true);
  });

  it('lets a participant write the board document only', () => {
    expect(canWrite('participant', 'board')).toBe(true);
    expect(canWrite('participant', 'control')).toBe(false);
  });

  it('lets an observer write nothing', () => {
    expect(canWrite('observer', 'board')).toBe(false);
    expect(canWrite('observer', 'control')).toBe(false);
  });
});

describe('RoleSchema', () => {
  it('knows exactly the three roles of the contract', () => {
    expect([...ROLES].sort()).toEqual(['facilitator', 'observer', 'participant']);
    expect(RoleSchema.safeParse('admin').success).toBe(false);
  });
});
