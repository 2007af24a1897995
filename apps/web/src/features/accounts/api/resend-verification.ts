import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

export const resendVerification = () => unwrap(api.POST('/api/auth/verify-email/resend'));

export const useResendVerification = () => useMutation({ mutationFn: resendVerification });
