import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** No more reminders from this gift list to this address, with the signed token from a reminder e-mail. */
export const unsubscribeFromReminders = (token: string) => unwrap(api.POST('/api/public/reminders/{token}/unsubscribe', { params: { path: { token } } }));

export const useUnsubscribeFromReminders = () => useMutation({ mutationFn: unsubscribeFromReminders });
