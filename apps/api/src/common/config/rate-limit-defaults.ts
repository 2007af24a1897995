/**
 * Named limits and their defaults: `points` per `duration` seconds. Each can be changed with
 * `RATE_LIMIT_<NAME>=<points>/<seconds>` (e.g. `RATE_LIMIT_LOGIN_IP=30/900`); see `loadConfig`.
 */
export const RATE_LIMITS = {
  'signup-ip': { points: 10, duration: 60 * 60 },
  /** Browser error reports relayed to Sentry per client IP: a page stuck in an error loop can't flood the project. */
  'error-report-ip': { points: 30, duration: 60 },
  'signup-account': { points: 5, duration: 60 * 60 },
  /** "Someone tried to sign up with your address" e-mails per account; beyond it signup answers the same and sends nothing. */
  'signup-existing-mail': { points: 3, duration: 24 * 60 * 60 },
  /** Every login attempt from one IP, whatever the account. */
  'login-ip': { points: 30, duration: 15 * 60 },
  /** Failed logins for one account from one IP: stops a guesser without touching the owner elsewhere. */
  'login-account-ip': { points: 10, duration: 15 * 60 },
  /** Failed logins for one account from IPs that have never signed in to it: slows guessing spread over many IPs. */
  'login-account': { points: 100, duration: 60 * 60 },
  'unlock-ip': { points: 20, duration: 15 * 60 },
  'password-reset-ip': { points: 10, duration: 60 * 60 },
  /** Reset e-mails per account; beyond it the request answers the same and sends nothing (the links already sent still work). */
  'password-reset-account': { points: 3, duration: 60 * 60 },
  'verify-email-resend': { points: 3, duration: 60 * 60 },
  /** Guest reservations per client IP on one registry (keyed by registry, so one list's guests don't spend another's). */
  'reservation-ip': { points: 20, duration: 60 * 60 },
  /** Guest reservations per guest address (+tags folded) on one registry. */
  'reservation-email': { points: 10, duration: 60 * 60 },
  /** Guest pledges (funds, group gifts) per client IP on one registry. */
  'pledge-ip': { points: 20, duration: 60 * 60 },
  /** Guest pledges per guest address (+tags folded) on one registry. */
  'pledge-email': { points: 10, duration: 60 * 60 },
  /** "E-mail me my gifts" requests per client IP on one registry (429 beyond, whatever the address). */
  'guest-link-ip': { points: 10, duration: 60 * 60 },
  /** Guest-page links mailed per address on one registry; beyond it the request answers the same and sends nothing. */
  'guest-link-email': { points: 3, duration: 60 * 60 },
  /** Password attempts when deleting one's account, per account: a borrowed session cannot guess the password. */
  'account-deletion': { points: 5, duration: 60 * 60 },
  /** Full data exports per account (each reads every registry and zips its images). */
  'account-export': { points: 10, duration: 60 * 60 },
  /** Registry searches (find a couple) per client IP: enough to type a few names, not to walk every public list. */
  'search-ip': { points: 60, duration: 60 },
  /** DNS checks of a registry's custom domain (each asks the couple's DNS two questions). */
  'custom-domain-check': { points: 30, duration: 60 * 60 },
  /** Printed guest card renders a registry may start (each is a PDF the worker draws). */
  'guest-cards': { points: 10, duration: 60 * 60 },
  /** Shop pages fetched for "paste a shop link", per account: each is an outbound request made on the account's behalf. */
  'import-url-account': { points: 30, duration: 60 * 60 },
  /** Spreadsheet imports (dry runs and commits) per account: each reads a file of up to 500 rows. */
  'item-import-account': { points: 60, duration: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

export interface RateLimit {
  points: number;
  duration: number;
}
export type RateLimitName = keyof typeof RATE_LIMITS;

/** `login-account-ip` → `RATE_LIMIT_LOGIN_ACCOUNT_IP`. */
export const rateLimitVariable = (name: string) => `RATE_LIMIT_${name.toUpperCase().replace(/-/g, '_')}`;
