import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** Releases the reserved gift for someone else, with the signed token from a reminder e-mail. */
export const releaseFromReminder = (token: string) => unwrap(api.POST('/api/public/reminders/{token}/release', { params: { path: { token } } }));

export const useReleaseFromReminder = () => useMutation({ mutationFn: releaseFromReminder });
