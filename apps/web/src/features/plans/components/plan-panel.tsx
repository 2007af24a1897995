import type { Plan, Registry } from '@whispergifts/api-client';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { rich } from '@/lib/rich-message';
import { useStartCheckout } from '../api/start-checkout';
import { planUsage } from '../utils/usage';
import { usageWords } from './usage-words';

interface PlanPanelProps {
  registry: Registry;
  plans: Plan[];
  paymentsEnabled: boolean;
  /** Gifts on the list, archived ones included. */
  itemCount: number;
  /** Where the browser goes to pay (tests pass their own). */
  leave?: (url: string) => void;
}

/** What a plan includes, in the words of a couple choosing one. */
function features(plan: Plan, t: Translate): string[] {
  const { items, themes, customDomain, guestCards } = plan.limits;
  return [
    items === null ? t('dashboard:plan.feature.any-gifts') : t('dashboard:plan.feature.gifts', { count: items }),
    themes === null ? t('dashboard:plan.feature.every-theme') : t('dashboard:plan.feature.themes', { count: themes }),
    ...(customDomain ? [t('dashboard:plan.feature.domain')] : []),
    ...(guestCards ? [t('dashboard:plan.feature.guest-cards')] : []),
    t('dashboard:plan.feature.money'),
  ];
}

/** The list's plan, how full it is ("32 of 40 gifts"), and the plans above it with a way to buy one. */
export function PlanPanel({ registry, plans, paymentsEnabled, itemCount, leave }: PlanPanelProps) {
  const usage = planUsage(plans, registry.plan, itemCount);
  const checkout = useStartCheckout(registry.id, leave);
  const percent = usage.limit ? Math.min(100, Math.round((usage.used / usage.limit) * 100)) : 0;
  const t = useT('dashboard');
  const usageText = usageWords(usage, t);

  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="current-plan">
        <h3 id="current-plan">{t('dashboard:plan.current', { plan: usage.plan.name })}</h3>
        <p className="plan-usage">
          <strong>{usageText}</strong>
          {usage.limit !== null && ` ${t('dashboard:plan.archived-count')}`}
        </p>
        {usage.limit !== null && <progress max={100} value={percent} aria-label={t('dashboard:plan.used-label', { usage: usageText })} />}
        {usage.over ? (
          <Alert tone="info">
            {usage.upgrade
              ? t('dashboard:plan.over-upgrade', { count: usage.used, plan: usage.plan.name, upgrade: usage.upgrade.name })
              : t('dashboard:plan.over', { count: usage.used, plan: usage.plan.name })}
          </Alert>
        ) : usage.full ? (
          <Alert tone="info">{usage.upgrade ? t('dashboard:plan.full-upgrade', { upgrade: usage.upgrade.name }) : t('dashboard:plan.full')}</Alert>
        ) : null}
      </section>

      {usage.above.length > 0 && (
        <section className="stack" aria-labelledby="upgrade-plans">
          <h3 id="upgrade-plans">{t('dashboard:plan.upgrade')}</h3>
          <p className="muted">{t('dashboard:plan.one-payment')}</p>
          {checkout.isError && <Alert>{isApiProblem(checkout.error) ? checkout.error.detail : t('dashboard:plan.unreachable')}</Alert>}
          {!paymentsEnabled && <Alert tone="info">{t('dashboard:plan.no-payments')}</Alert>}
          <ul className="plan-cards">
            {usage.above.map((plan) => {
              const price = formatMoney(plan.price, plan.currency);
              const recommended = plan.id === usage.upgrade?.id && usage.full;
              return (
                <li key={plan.id} className={`card plan-card${recommended ? ' plan-card-recommended' : ''}`}>
                  <h4>{plan.name}</h4>
                  <p className="plan-price">{rich(t('dashboard:plan.price-once', { price }), { b: (words) => <strong>{words}</strong> })}</p>
                  <ul className="plan-features">
                    {features(plan, t).map((feature) => (
                      <li key={feature}>{feature}</li>
                    ))}
                  </ul>
                  {paymentsEnabled && (
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={checkout.isPending}
                      onClick={() => checkout.mutate(plan.id as 'standard' | 'premium')}
                    >
                      {checkout.isPending && checkout.variables === plan.id
                        ? t('dashboard:plan.opening')
                        : t('dashboard:plan.upgrade-to', { plan: plan.name, price })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {paymentsEnabled && <p className="muted">{t('dashboard:plan.stripe')}</p>}
        </section>
      )}
    </div>
  );
}
