import { z } from 'zod';
import type { EventDefinition } from './catalog.js';
import { Id, Role } from './common.js';

/** Public profile only: credentials never travel on a shared stream. */
export const UserRegistered = z.object({
  userId: Id,
  username: z.string().regex(/^[a-z0-9_.-]{3,40}$/),
  displayName: z.string().min(1).max(80),
  role: Role,
});

export const UserRoleChanged = z.object({
  userId: Id,
  role: Role,
  changedBy: Id,
});

export type UserRegistered = z.infer<typeof UserRegistered>;
export type UserRoleChanged = z.infer<typeof UserRoleChanged>;

export const userEvents: EventDefinition[] = [
  { type: 'user.registered', versions: [UserRegistered] },
  { type: 'user.role-changed', versions: [UserRoleChanged] },
];
