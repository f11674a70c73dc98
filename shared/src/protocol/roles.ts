import { z } from 'zod';

/** The three roles of a session token. */
export const RoleSchema = z.enum(['facilitator', 'participant', 'observer']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;

/** Which of a session's documents a WebSocket addresses: board, control, or a person's private one. */
export type DocKind = 'board' | 'control' | 'private';

/**
 * Whether `role` may write the document of kind `kind` (the server enforces this). A private
 * document is opened by its owner only (checked against the person in the token), and an
 * observer's holds nothing: observers write nowhere.
 */
export function canWrite(role: Role, kind: DocKind): boolean {
  if (role === 'facilitator') return true;
  if (role === 'participant') return kind === 'board' || kind === 'private';
  return false;
}
