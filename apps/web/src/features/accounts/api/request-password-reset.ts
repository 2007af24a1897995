import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** Always the same answer, whether or not the address has an account (so it cannot be used to probe for one). */
export const requestPasswordReset = (email: string) => unwrap(api.POST('/api/auth/password-reset', { body: { email } }));

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
