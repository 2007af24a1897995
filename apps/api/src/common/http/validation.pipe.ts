import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldError, FieldErrorCode, validationProblem } from '../problem/problem';

/** class-validator with unknown fields refused, answering problem+json with one entry per offending field. */
export function createValidationPipe() {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    // The target and value are needed to tell a missing field from a short one and to find a rule's bound; they are
    // read here and never reach the response.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => validationProblem(flatten(errors)),
  });
}

/** class-validator's errors as field errors with JSON Pointers and codes (also for DTOs validated outside a request body). */
export function flatten(errors: ValidationError[], parent = '#'): FieldError[] {
  return errors.flatMap((error) => {
    const pointer = `${parent}/${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([rule, detail]) => ({ pointer, detail, ...codeFor(error, rule) }));
    return [...own, ...flatten(error.children ?? [], pointer)];
  });
}

/** class-validator rule names → field error codes (see FIELD_ERROR_CODES). Rules not listed answer `invalid`. */
const RULE_CODES: Record<string, FieldErrorCode> = {
  isDeliverableEmail: 'invalid-email',
  isEmail: 'invalid-email',
  maxLength: 'too-long',
  arrayMaxSize: 'too-long',
  minLength: 'too-short',
  arrayMinSize: 'too-short',
  min: 'too-small',
  max: 'too-large',
  isInt: 'not-a-number',
  isNumber: 'not-a-number',
  isIn: 'not-one-of',
  isEnum: 'not-one-of',
  equals: 'not-one-of',
  isCalendarDate: 'invalid-date',
  isUrl: 'invalid-url',
  isSlug: 'invalid-slug',
  isFqdn: 'invalid-domain',
  isCurrency: 'invalid-currency',
  arrayUnique: 'duplicate',
  whitelistValidation: 'unknown-field',
  isString: 'wrong-type',
  isBoolean: 'wrong-type',
  isArray: 'wrong-type',
  isObject: 'wrong-type',
};

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function codeFor(error: ValidationError, rule: string): { code: FieldErrorCode; limit?: number } {
  if (rule !== 'whitelistValidation' && isEmpty(error.value)) return { code: 'required' };
  const constraints = ruleConstraints(error, rule);
  if (rule === 'isLength') {
    const [min, max] = constraints as [number, number | undefined];
    const tooShort = (typeof error.value === 'string' ? error.value.length : 0) < min;
    return tooShort ? { code: 'too-short', limit: min } : { code: 'too-long', limit: max };
  }
  const code = RULE_CODES[rule] ?? 'invalid';
  const bound = constraints[0];
  return ['too-long', 'too-short', 'too-small', 'too-large'].includes(code) && typeof bound === 'number' ? { code, limit: bound } : { code };
}

/** The arguments a rule was declared with on the DTO (e.g. `MaxLength(100)` → [100]). */
function ruleConstraints(error: ValidationError, rule: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === rule);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}
