import { ApiError } from '@tessera/mfe-kit';

/** The BFF answered with this status (404, 410, …). */
export const hasStatus = (error: unknown, status: number): boolean =>
  error instanceof ApiError && error.problem.status === status;
