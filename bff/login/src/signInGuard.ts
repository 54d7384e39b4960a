import { ServiceError } from '@tessera/kit';
import { LoginErrors } from './errors.js';
import { createRateLimiter } from './rateLimit.js';

export interface Limit {
  limit: number;
  windowMs: number;
}

export interface SignInLimits {
  /** Sign-in attempts per client address (default 20 a minute). */
  perIp: Limit;
  /** Failed sign-ins per account (default 5 per 15 minutes); a success clears them. */
  perAccount: Limit;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perIp: { limit: 20, windowMs: 60_000 },
  perAccount: { limit: 5, windowMs: 15 * 60_000 },
};

function tooMany(seconds: number): ServiceError {
  return new ServiceError(
    LoginErrors.rateLimited,
    `Too many sign-in attempts; wait ${seconds} s and try again.`,
    { headers: { 'retry-after': String(seconds) } },
  );
}

/** Slows password guessing from one address and against one account. */
export function createSignInGuard(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
  const byIp = createRateLimiter(limits.perIp);
  const byAccount = createRateLimiter(limits.perAccount);
  return {
    /** Counts an attempt from `ip`; throws 429 when over either limit. */
    admit(ip: string, email: string): void {
      const ipWait = byIp.hit(ip);
      if (ipWait > 0) throw tooMany(ipWait);
      const accountWait = byAccount.check(email);
      if (accountWait > 0) throw tooMany(accountWait);
    },
    failed: (email: string) => void byAccount.hit(email),
    succeeded: (email: string) => byAccount.reset(email),
  };
}

export type SignInGuard = ReturnType<typeof createSignInGuard>;
