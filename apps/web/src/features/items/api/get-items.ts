import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Every item of a registry, archived ones included, in the couple's order; each with its own `etag`. */
export const getItems = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}/items', { params: { path: { registryId } } }));

export const itemsQueryOptions = (registryId: string) => queryOptions({ queryKey: queryKeys.items(registryId), queryFn: () => getItems(registryId) });

export const useItems = (registryId: string) => useQuery(itemsQueryOptions(registryId));
