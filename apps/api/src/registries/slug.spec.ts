import { slugProblem } from './slug';

describe('slugProblem', () => {
  it.each(['ana-and-ben', 'abc', 'a1b2c3', 'x'.repeat(60)])('accepts %s', (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each([
    ['ab', 'must be 3 to 60 characters long'],
    ['x'.repeat(61), 'must be 3 to 60 characters long'],
    ['Ana-Ben', 'may contain only lowercase letters, digits and single hyphens between them'],
    ['ana--ben', 'may contain only lowercase letters, digits and single hyphens between them'],
    ['-ana', 'may contain only lowercase letters, digits and single hyphens between them'],
    ['ana-', 'may contain only lowercase letters, digits and single hyphens between them'],
    ['ana ben', 'may contain only lowercase letters, digits and single hyphens between them'],
    ['api', '"api" is reserved; choose another address'],
    ['admin', '"admin" is reserved; choose another address'],
    ['www', '"www" is reserved; choose another address'],
  ])('refuses %s', (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });
});
