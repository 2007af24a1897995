import type { Plan, Registry } from '@whispergifts/api-client';
import { isApiProblem } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { formatMoney } from '@/lib/money';
import { useStartCheckout } from '../api/start-checkout';
import { gifts, planUsage, usageText } from '../utils/usage';

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
function features(plan: Plan): string[] {
  const { items, themes, customDomain, guestCards } = plan.limits;
  return [
    items === null ? 'As many gifts as you like' : `Up to ${gifts(items)}`,
    themes === null ? 'Every theme' : `${themes} themes`,
    ...(customDomain ? ['Your own web address'] : []),
    ...(guestCards ? ['Printed guest cards'] : []),
    'Money gifts and funds',
  ];
}

/** The list's plan, how full it is ("32 of 40 gifts"), and the plans above it with a way to buy one. */
export function PlanPanel({ registry, plans, paymentsEnabled, itemCount, leave }: PlanPanelProps) {
  const usage = planUsage(plans, registry.plan, itemCount);
  const checkout = useStartCheckout(registry.id, leave);
  const percent = usage.limit ? Math.min(100, Math.round((usage.used / usage.limit) * 100)) : 0;

  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="current-plan">
        <h3 id="current-plan">Your plan: {usage.plan.name}</h3>
        <p className="plan-usage">
          <strong>{usageText(usage)}</strong>
          {usage.limit !== null && ' (archived gifts count too)'}
        </p>
        {usage.limit !== null && <progress max={100} value={percent} aria-label={`Gifts used: ${usageText(usage)}`} />}
        {usage.over ? (
          <Alert tone="info">
            Your list has {gifts(usage.used)}, more than {usage.plan.name} holds. Every gift stays on your list and guests still see them all, but you cannot
            add more{usage.upgrade ? ` unless you move up to ${usage.upgrade.name}` : ''}.
          </Alert>
        ) : usage.full ? (
          <Alert tone="info">
            Your list is full. {usage.upgrade ? `Move up to ${usage.upgrade.name} to add more gifts.` : 'Delete gifts you no longer need to make room.'}
          </Alert>
        ) : null}
      </section>

      {usage.above.length > 0 && (
        <section className="stack" aria-labelledby="upgrade-plans">
          <h3 id="upgrade-plans">Upgrade</h3>
          <p className="muted">One payment for this list, no subscription. You keep the plan for as long as the list exists.</p>
          {checkout.isError && (
            <Alert>{isApiProblem(checkout.error) ? checkout.error.detail : 'We could not reach WhisperGifts. Check your connection and try again.'}</Alert>
          )}
          {!paymentsEnabled && <Alert tone="info">This WhisperGifts does not take payments. Ask its administrator to change your plan.</Alert>}
          <ul className="plan-cards">
            {usage.above.map((plan) => {
              const price = formatMoney(plan.price, plan.currency);
              const recommended = plan.id === usage.upgrade?.id && usage.full;
              return (
                <li key={plan.id} className={`card plan-card${recommended ? ' plan-card-recommended' : ''}`}>
                  <h4>{plan.name}</h4>
                  <p className="plan-price">
                    <strong>{price}</strong> once
                  </p>
                  <ul className="plan-features">
                    {features(plan).map((feature) => (
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
                      {checkout.isPending && checkout.variables === plan.id ? 'Opening the payment page…' : `Upgrade to ${plan.name} for ${price}`}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {paymentsEnabled && <p className="muted">You pay on Stripe’s secure page and come back here afterwards.</p>}
        </section>
      )}
    </div>
  );
}
