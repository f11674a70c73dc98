import { z } from 'zod';

/** The three roles of a session token. */
export const RoleSchema = z.enum(['facilitator', 'participant', 'observer']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;

/** Which of a session's two documents a WebSocket addresses. */
export type DocKind = 'board' | 'control';

/** Whether `role` may write the document of kind `kind` (the server enforces this). */
export function canWrite(role: Role, kind: DocKind): boolean {
  if (role === 'facilitator') return true;
  if (role === 'participant') return kind === 'board';
  return false;
}
