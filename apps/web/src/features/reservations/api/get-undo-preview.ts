import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Which gift an undo link is about and whether it is undone already: a read, so opening the link changes nothing. */
export const getReservationUndoPreview = (token: string) => unwrap(api.GET('/api/public/reservations/{token}', { params: { path: { token } } }));

export const useReservationUndoPreview = (token: string) =>
  useQuery({ queryKey: queryKeys.undoLink('reservation', token), queryFn: () => getReservationUndoPreview(token), refetchOnWindowFocus: false });
