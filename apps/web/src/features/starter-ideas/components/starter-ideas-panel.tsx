import { useState } from 'react';
import { isApiProblem, type StarterIdea } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { Skeleton } from '@/components/skeleton';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney, formatPriceHint } from '@/lib/money';
import { useAddStarterIdeas } from '../api/add-starter-ideas';
import { useStarterIdeas } from '../api/get-starter-ideas';

interface StarterIdeasPanelProps {
  registryId: string;
  currency: string;
  /** Shown open (an empty list); otherwise a closed disclosure that loads the ideas when opened. */
  open?: boolean;
}

function hint(t: Translate, idea: StarterIdea, currency: string, same: boolean): string | null {
  if (!same) return null;
  if (idea.kind !== 'gift')
    return idea.targetAmount === null ? t('gifts:starter.fund-open') : t('gifts:starter.fund-target', { amount: formatMoney(idea.targetAmount, currency) });
  return formatPriceHint(idea.priceMin, idea.priceMax, currency);
}

/**
 * Curated ideas to start a list from: choose a list (Kitchen, Home…), tick what you like, in as many lists as you
 * like, then add them all in one go. They arrive as ordinary gifts, to edit like any other.
 */
export function StarterIdeasPanel({ registryId, currency, open = false }: StarterIdeasPanelProps) {
  const t = useT('gifts');
  const [expanded, setExpanded] = useState(open);
  const ideas = useStarterIdeas(expanded);
  const add = useAddStarterIdeas(registryId);
  const [listId, setListId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [added, setAdded] = useState<number | null>(null);
  const lists = ideas.data?.lists ?? [];
  const list = lists.find((l) => l.id === listId) ?? lists[0];
  const sameCurrency = ideas.data?.currency === currency;

  function toggle(id: string) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  }

  return (
    <details className="panel starter-ideas" open={expanded} onToggle={(event) => setExpanded(event.currentTarget.open)}>
      <summary>
        <h2>{t('gifts:starter.title')}</h2>
        <span className="field-hint">{t('gifts:starter.intro')}</span>
      </summary>
      {ideas.isPending ? (
        <Skeleton height="6rem" />
      ) : ideas.isError ? (
        <Alert>{t('gifts:starter.load-failed')}</Alert>
      ) : (
        <div className="stack">
          <div className="button-row" role="group" aria-label={t('gifts:starter.lists-label')}>
            {lists.map((l) => (
              <button key={l.id} type="button" className="button button-small" aria-pressed={l.id === list?.id} onClick={() => setListId(l.id)}>
                {l.title}
              </button>
            ))}
          </div>
          {list && (
            <fieldset className="starter-ideas-list">
              <legend>{list.title}</legend>
              <p className="field-hint">{list.description}</p>
              <ul>
                {list.ideas.map((idea) => {
                  const price = hint(t, idea, currency, sameCurrency);
                  return (
                    <li key={idea.id}>
                      <label className="checkbox">
                        <input type="checkbox" checked={chosen.has(idea.id)} onChange={() => toggle(idea.id)} />
                        <span>
                          <strong>{idea.name}</strong>
                          <span className="starter-idea-meta">{idea.description}</span>
                          {price && <span className="starter-idea-meta starter-idea-price">{price}</span>}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          )}
          {!sameCurrency && ideas.data && <p className="field-hint">{t('gifts:starter.other-currency', { ideas: ideas.data.currency, currency })}</p>}
          {add.isError && <Alert>{isApiProblem(add.error) ? add.error.detail : t('gifts:offline')}</Alert>}
          {added !== null && <Alert tone="success">{t('gifts:starter.added', { count: added })}</Alert>}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={chosen.size === 0 || add.isPending}
              onClick={() =>
                add.mutate([...chosen], {
                  onSuccess: (result) => {
                    setAdded(result.created);
                    setChosen(new Set());
                  },
                })
              }
            >
              {add.isPending ? t('gifts:import.adding') : chosen.size === 0 ? t('gifts:starter.add') : t('gifts:starter.add-count', { count: chosen.size })}
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
