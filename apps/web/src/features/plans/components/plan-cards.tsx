import { formatMoney } from '@/lib/money';
import { usePublicPlans, type Plans } from '../api/get-public-plans';

type Plan = Plans['plans'][number];

/** What each plan gives, in words a couple compares at a glance. */
function features(plan: Plan): string[] {
  const { items, themes, customDomain, guestCards } = plan.limits;
  return [
    items === null ? 'As many gifts as you like' : `Up to ${items} gifts`,
    'Funds and group gifts',
    themes === null ? 'Every theme' : `${themes} themes`,
    ...(customDomain ? ['Your own web address'] : []),
    ...(guestCards ? ['Printed cards for your guests'] : []),
  ];
}

/** The plans and their prices from GET /api/plans, each price in the plan's currency. */
export function PlanCards() {
  const { plans, failed } = usePublicPlans();
  if (failed) return <p>Prices did not load just now. Every list starts free; you can upgrade from your dashboard at any time.</p>;
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
            <span className="pricing-price-note">{plan.price > 0 ? ' once per list' : ' for good'}</span>
          </p>
          <ul className="pricing-features">
            {features(plan).map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
          {plan.id === plans.defaultPlan && <p className="pricing-note">Every new list starts here.</p>}
        </li>
      ))}
    </ul>
  );
}
