import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The plans with their prices and limits, and whether they can be bought here; it changes only with a deploy. */
export const getPlans = () => unwrap(api.GET('/api/plans'));

export const plansQueryOptions = () => queryOptions({ queryKey: queryKeys.plans(), queryFn: getPlans, staleTime: 5 * 60_000 });

export const usePlans = () => useQuery(plansQueryOptions());
