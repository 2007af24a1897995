import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export type OrderStatusFilter = '' | 'pending' | 'paid' | 'refunded';
export const ORDERS_PAGE_SIZE = 50;

/** One page of orders (administrators), newest first; `status` '' for every state. */
export const getOrders = (status: OrderStatusFilter, offset: number) =>
  unwrap(api.GET('/api/admin/orders', { params: { query: { ...(status ? { status } : {}), limit: ORDERS_PAGE_SIZE, offset } } }));

export const ordersQueryOptions = (status: OrderStatusFilter, offset: number) =>
  queryOptions({ queryKey: queryKeys.orders(status, offset), queryFn: () => getOrders(status, offset), placeholderData: keepPreviousData });

export const useOrders = (status: OrderStatusFilter, offset: number) => useQuery(ordersQueryOptions(status, offset));
