import { QueryFailedError } from 'typeorm';

/** True when the error is PostgreSQL's unique_violation, optionally on one constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** True when a CHECK constraint refused the row. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23514' && (!constraint || driverError.constraint === constraint);
}

/** The SQLSTATE our database functions raise a refusal with (the message names it, the detail is JSON or empty). */
export const REFUSAL_SQLSTATE = 'WGR01';

/** A refusal one of our database functions raised on purpose (a 4xx answer to come), or null for any other error. */
export function refusalOf(error: unknown): { name: string; detail: unknown } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const cause = error.driverError as { code?: string; message?: string; detail?: string };
  if (cause.code !== REFUSAL_SQLSTATE || !cause.message) return null;
  return { name: cause.message, detail: cause.detail ? (JSON.parse(cause.detail) as unknown) : null };
}
