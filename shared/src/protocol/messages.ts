/** y-websocket message types (first varUint of every WebSocket message). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Sync sub-message types (second varUint of a sync message), as in y-protocols/sync. */
export const SyncMessageType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** True when `type` is one of the four message types the contract allows. */
export function isKnownMessageType(type: number): type is MessageType {
  return type === 0 || type === 1 || type === 2 || type === 3;
}
