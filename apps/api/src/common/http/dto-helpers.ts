import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** Trims surrounding white space from a string field before validation. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims and lower-cases an e-mail address: addresses are unique regardless of case. */
export const NormalizeEmail = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/**
 * The field may be left out, but when sent it is validated, null included. (class-validator's IsOptional also
 * lets null through, which is right only for fields that null clears.)
 */
export const Optional = () => ValidateIf((_: object, value: unknown) => value !== undefined);
