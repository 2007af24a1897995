import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getRegistries = () => unwrap(api.GET('/api/registries'));

export const registriesQueryOptions = () => queryOptions({ queryKey: queryKeys.registries(), queryFn: getRegistries });

export const useRegistries = () => useQuery(registriesQueryOptions());
