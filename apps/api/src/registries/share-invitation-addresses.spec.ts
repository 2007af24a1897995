import { ProblemException } from '../common/problem/problem';
import { distinctAddresses } from './share-invitation-addresses';

describe('distinctAddresses', () => {
  it('normalizes and collapses repeats, keeping the first order', () => {
    expect(distinctAddresses([' May@Example.com', 'tom@example.com', 'may@example.COM'])).toEqual(['may@example.com', 'tom@example.com']);
  });

  it('names every invalid entry by its index', () => {
    try {
      distinctAddresses(['ok@example.com', 'nope', 42, 'also ok@example.com', `${'a'.repeat(250)}@example.com`]);
      throw new Error('expected a validation problem');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      const body = (error as ProblemException).body;
      expect(body.status).toBe(400);
      expect(body.errors?.map((e) => e.pointer)).toEqual(['#/emails/1', '#/emails/2', '#/emails/3', '#/emails/4']);
    }
  });
});
