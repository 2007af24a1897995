import { useT, type Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { usePublicPlans, type Plans } from '../api/get-public-plans';

type Plan = Plans['plans'][number];

/** What each plan gives, in words a couple compares at a glance. */
function features(plan: Plan, t: Translate): string[] {
  const { items, themes, customDomain, guestCards } = plan.limits;
  return [
    items === null ? t('landing:landing.plans.items-unlimited') : t('landing:landing.plans.items', { items }),
    t('landing:landing.plans.funds'),
    themes === null ? t('landing:landing.plans.themes-all') : t('landing:landing.plans.themes', { themes }),
    ...(customDomain ? [t('landing:landing.plans.domain')] : []),
    ...(guestCards ? [t('landing:landing.plans.cards')] : []),
  ];
}

/** The plans and their prices from GET /api/plans, each price in the plan's currency. */
export function PlanCards() {
  const t = useT('landing');
  const { plans, failed } = usePublicPlans();
  if (failed) return <p>{t('landing:landing.plans.failed')}</p>;
  if (!plans)
    return (
      <ul className="pricing-cards" aria-busy="true">
        {[0, 1, 2].map((key) => (
          <li key={key} className="pricing-card pricing-card-loading" aria-hidden="true" />
        ))}
      </ul>
    );
  return (
    <ul className="pricing-cards">
      {plans.plans.map((plan) => (
        <li key={plan.id} className={plan.id === plans.defaultPlan ? 'pricing-card pricing-card-default' : 'pricing-card'}>
          <h3>{plan.name}</h3>
          <p className="pricing-price">
            {formatMoney(plan.price, plan.currency)}
            <span className="pricing-price-note"> {plan.price > 0 ? t('landing:landing.plans.once') : t('landing:landing.plans.for-good')}</span>
          </p>
          <ul className="pricing-features">
            {features(plan, t).map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
          {plan.id === plans.defaultPlan && <p className="pricing-note">{t('landing:landing.plans.default')}</p>}
        </li>
      ))}
    </ul>
  );
}
