import { registerDecorator, ValidationOptions } from 'class-validator';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code this runtime knows (EUR, GBP, USD, JPY, ...). */
export function IsCurrency(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCurrency',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && CURRENCIES.has(value),
        defaultMessage: () => `${propertyName} must be an ISO 4217 currency code such as EUR, GBP or USD`,
      },
    });
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value),
        defaultMessage: () => `${propertyName} must be a date written YYYY-MM-DD`,
      },
    });
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
