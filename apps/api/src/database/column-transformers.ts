import type { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string; versions stay far below 2^53, so a number is safe and simpler. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A bigint[] column (amounts in minor units, far below 2^53) as numbers. */
export const bigintArrayAsNumbers: ValueTransformer = {
  to: (value: number[] | undefined) => value,
  from: (value: string[] | null) => (value === null ? null : value.map(Number)),
};
