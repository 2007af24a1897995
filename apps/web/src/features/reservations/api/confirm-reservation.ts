import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

export const confirmReservation = (token: string) => unwrap(api.POST('/api/public/reservations/confirm/{token}', { params: { path: { token } } }));

/** Confirms a held reservation with the token from the e-mailed link (410 once it has lapsed or was cancelled). */
export const useConfirmReservation = () => useMutation({ mutationFn: confirmReservation });
