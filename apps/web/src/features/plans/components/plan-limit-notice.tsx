import { Link } from 'react-router';
import type { Plan } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { planUsage, usageText } from '../utils/usage';

/** Above the "add a gift" form when the list is full: why adding fails, and the way up. Nothing while there is room. */
export function PlanLimitNotice({ registryId, plans, plan, itemCount }: { registryId: string; plans: Plan[]; plan: string; itemCount: number }) {
  const usage = planUsage(plans, plan, itemCount);
  if (!usage.full) return null;
  return (
    <div className="alert alert-info" role="status">
      <p>
        Your list has {usageText(usage)}, all that {usage.plan.name} holds{usage.over ? '; every gift stays, but no more can be added' : ''}.{' '}
        {usage.upgrade && <Link to={paths.registryPlan(registryId)}>Move up to {usage.upgrade.name} to add more</Link>}
      </p>
    </div>
  );
}
