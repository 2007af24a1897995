import { useEffect, useState } from 'react';
import type { components } from '@whispergifts/api-client';

export type Plans = components['schemas']['PlansDto'];

/**
 * GET /api/plans for the landing page (get-plans.ts is the dashboard's, through the query cache), with the browser's own fetch: the landing page renders without the query cache or the API client
 * (its JavaScript budget, see main.tsx), and the plans are one small public document the edge may cache.
 */
export const getPublicPlans = async (signal?: AbortSignal): Promise<Plans> => {
  const response = await fetch(new URL('/api/plans', window.location.origin), { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`GET /api/plans answered ${response.status}`);
  return (await response.json()) as Plans;
};

export function usePublicPlans(): { plans?: Plans; failed: boolean } {
  const [state, setState] = useState<{ plans?: Plans; failed: boolean }>({ failed: false });
  useEffect(() => {
    const abort = new AbortController();
    getPublicPlans(abort.signal).then(
      (plans) => setState({ plans, failed: false }),
      () => !abort.signal.aborted && setState({ failed: true }),
    );
    return () => abort.abort();
  }, []);
  return state;
}
