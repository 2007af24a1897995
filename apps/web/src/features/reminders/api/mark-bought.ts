import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** "I bought it", with the signed token from a reminder e-mail. */
export const markBought = (token: string) => unwrap(api.POST('/api/public/reminders/{token}/bought', { params: { path: { token } } }));

export const useMarkBought = () => useMutation({ mutationFn: markBought });
