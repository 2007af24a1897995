import { registerDecorator, ValidationOptions } from 'class-validator';

/** Words that name our own pages or infrastructure, so they can never be a couple's address. */
export const RESERVED_SLUGS = new Set([
  'about',
  'account',
  'accounts',
  'admin',
  'api',
  'app',
  'assets',
  'auth',
  'blog',
  'cdn',
  'contact',
  'dashboard',
  'docs',
  'help',
  'home',
  'login',
  'logout',
  'mail',
  'media',
  'new',
  'pricing',
  'privacy',
  'public',
  'r',
  'register',
  'registries',
  'registry',
  'reset',
  'settings',
  'signup',
  'static',
  'status',
  'support',
  'terms',
  'www',
  'whispergifts',
]);

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*$/;

/** Why a slug is refused, or null when it is fine: lowercase letters, digits and single hyphens, 3–60 characters. */
export function slugProblem(slug: string): string | null {
  if (slug.length < 3 || slug.length > 60) return 'must be 3 to 60 characters long';
  if (!SLUG_PATTERN.test(slug)) return 'may contain only lowercase letters, digits and single hyphens between them';
  if (RESERVED_SLUGS.has(slug)) return `"${slug}" is reserved; choose another address`;
  return null;
}

export function IsSlug(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSlug',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && slugProblem(value) === null,
        defaultMessage: (args) => `slug ${typeof args?.value === 'string' ? slugProblem(args.value) : 'must be a string'}`,
      },
    });
}
