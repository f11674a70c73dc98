import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType, SyncMessageType, isKnownMessageType } from './messages.js';

describe('message types', () => {
  it('allows exactly sync, awareness, auth and query-awareness', () => {
    expect([0, 1, 2, 3].every(isKnownMessageType)).toBe(true);
    expect([4, 5, 100, -1, 0.5].some(isKnownMessageType)).toBe(false);
  });

  it('matches the numbers y-websocket and y-protocols use', () => {
    expect(MessageType).toEqual({ sync: 0, awareness: 1, auth: 2, queryAwareness: 3 });
    expect(SyncMessageType).toEqual({
      step1: syncProtocol.messageYjsSyncStep1,
      step2: syncProtocol.messageYjsSyncStep2,
      update: syncProtocol.messageYjsUpdate,
    });
  });
});
