import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Which gift and amount a pledge's undo link is about, and whether it is undone already (a read: opening the link changes nothing). */
export const getPledgeUndoPreview = (token: string) => unwrap(api.GET('/api/public/pledges/{token}', { params: { path: { token } } }));

export const usePledgeUndoPreview = (token: string) =>
  useQuery({ queryKey: queryKeys.undoLink('pledge', token), queryFn: () => getPledgeUndoPreview(token), refetchOnWindowFocus: false });
