import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiProblem, unwrap, type SignupInput, type User } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { login } from './login';

export const signup = (body: SignupInput) => unwrap(api.POST('/api/auth/signup', { body }));

/** Signed in (a new account, or the person's own with its right password), or told to read their e-mail. */
export type SignupOutcome = { user: User } | { user: null; email: string };

/**
 * Signup answers the same whether or not the address has an account, and starts no session. So the couple is
 * then logged in with the password they just chose: that works for a new account; for an address that had one
 * (whose owner was just e-mailed) it does not, and the page says to check the e-mail.
 */
async function signupAndLogin(body: SignupInput): Promise<SignupOutcome> {
  await signup(body);
  try {
    return { user: await login({ email: body.email, password: body.password }) };
  } catch (error) {
    if (isApiProblem(error, 'unauthenticated')) return { user: null, email: body.email };
    throw error;
  }
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signupAndLogin,
    onSuccess: (outcome) => {
      if (!outcome.user) return;
      queryClient.removeQueries({ queryKey: queryKeys.registries() });
      queryClient.setQueryData(queryKeys.me(), outcome.user);
    },
  });
}
