/**
 * What happens when a bucket's budget is spent:
 * - `refuse`: the attempt is refused with RATE_LIMITED and the seconds to wait;
 * - `slow`: the attempt waits before it runs (slowdownMs), never refused, so nobody can use the
 *   bucket to lock its owner out;
 * - `skip`: the request is answered as usual but its effect (an e-mail) is not repeated.
 */
export type WhenSpent = 'refuse' | 'slow' | 'skip';

export interface RateLimit {
  budget: number;
  /** Seconds, or the configured RATE_LIMIT_WINDOW_S. */
  window: number | 'RATE_LIMIT_WINDOW_S';
  whenSpent: WhenSpent;
}

/** Every limit, by action and key; the README's table says why each number. */
export const RATE_LIMITS = {
  /** Failed sign-ins on one account from one address; a success clears it. */
  'login:account-ip': { budget: 10, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'refuse' },
  /** Failed sign-ins from one address, whatever the account. */
  'login:ip': { budget: 100, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'refuse' },
  /** Failed sign-ins on one account from everywhere. */
  'login:account': { budget: 50, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'slow' },
  /** Sign-ups from one address. */
  'register:ip': { budget: 100, window: 3600, whenSpent: 'refuse' },
  /** E-mails that sign-ups send to one address. */
  'register:email': { budget: 3, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'skip' },
  /** Password-reset requests from one address. */
  'password-reset:ip': { budget: 30, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'refuse' },
  /** Password-reset e-mails to one account. */
  'password-reset:account': { budget: 1, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'skip' },
  /** Census claims by one account (its own budget: nobody else can spend it). */
  'claim-residency:account': { budget: 5, window: 'RATE_LIMIT_WINDOW_S', whenSpent: 'refuse' },
  /**
   * Members adding someone to an association by e-mail address: each answer says whether the
   * address has an account, so guessing addresses costs the adder's own budget (agents are not
   * counted).
   */
  'association-member-by-email:account': { budget: 20, window: 3600, whenSpent: 'refuse' },
  /** Public recomputations of the whole audit chain from one address (each one reads it all). */
  'verify-audit-chain:ip': { budget: 20, window: 3600, whenSpent: 'refuse' },
} as const satisfies Record<string, RateLimit>;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

/** The buckets that behave as `when` says once spent (so a caller cannot use one for another). */
export type BucketWhere<When extends WhenSpent> = {
  [B in RateLimitBucket]: (typeof RATE_LIMITS)[B]['whenSpent'] extends When ? B : never;
}[RateLimitBucket];

const isBucket = (name: string): name is RateLimitBucket =>
  Object.prototype.hasOwnProperty.call(RATE_LIMITS, name);

/**
 * RATE_LIMIT_BUDGETS: budgets that differ from the defaults, `bucket=n` separated by commas
 * (`register:ip=300,login:ip=200`). Returns the overrides, or a message saying what is wrong.
 */
export function parseBudgetOverrides(
  value: string,
): Partial<Record<RateLimitBucket, number>> | string {
  const overrides: Partial<Record<RateLimitBucket, number>> = {};
  for (const part of value.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const match = /^([a-z-]+:[a-z-]+)=(\d{1,7})$/.exec(part);
    if (!match) return `"${part}" is not bucket=budget (e.g. register:ip=300)`;
    const [, name, budget] = match;
    if (!isBucket(name))
      return `"${name}" is not a rate limit (one of ${Object.keys(RATE_LIMITS).join(', ')})`;
    if (Number(budget) < 1) return `the budget of ${name} must be at least 1`;
    overrides[name] = Number(budget);
  }
  return overrides;
}

export const SLOWDOWN_FIRST_MS = 250;
export const SLOWDOWN_MAX_MS = 8000;
/** The delay doubles every this many attempts over the budget. */
export const SLOWDOWN_STEP = 10;

/**
 * How long an attempt waits when its bucket has counted `attempts` (this one included) in the
 * window: nothing within the budget, then 0.25 s doubling every 10 attempts, at most 8 s.
 */
export function slowdownMs(attempts: number, budget: number): number {
  if (attempts <= budget) return 0;
  const doublings = Math.floor((attempts - budget - 1) / SLOWDOWN_STEP);
  return Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_FIRST_MS * 2 ** doublings);
}
