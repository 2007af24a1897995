import { Link } from 'react-router';
import type { Plan } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { planUsage } from '../utils/usage';
import { usageWords } from './usage-words';

/** Above the "add a gift" form when the list is full: why adding fails, and the way up. Nothing while there is room. */
export function PlanLimitNotice({ registryId, plans, plan, itemCount }: { registryId: string; plans: Plan[]; plan: string; itemCount: number }) {
  const usage = planUsage(plans, plan, itemCount);
  const t = useT('dashboard');
  if (!usage.full) return null;
  return (
    <div className="alert alert-info" role="status">
      <p>
        {t('dashboard:plan.limit-reached', { usage: usageWords(usage, t), plan: usage.plan.name, over: usage.over ? 'yes' : 'no' })}{' '}
        {usage.upgrade && <Link to={paths.registryPlan(registryId)}>{t('dashboard:plan.move-up', { upgrade: usage.upgrade.name })}</Link>}
      </p>
    </div>
  );
}
