import { ProblemException, msg, validationProblem } from '../common/problem/problem';
import type { FieldError } from '../common/problem/problem';
import { defaultMinContribution } from '../pledges/dto/money';
import type { CreateItemDto, UpdateItemDto } from './dto/item-input.dto';
import type { Item, ItemKind } from './item.entity';

type MoneyColumns = Pick<Item, 'kind' | 'targetAmount' | 'minContribution' | 'suggestedAmounts' | 'allowOverfunding' | 'hideTotals' | 'quantity'>;

/**
 * The kind and money columns an item create or update writes, with the rules across fields: a group gift needs a
 * target; the minimum defaults to 5 units of the currency; suggested amounts are at least the minimum; overfunding
 * defaults to allowed for a fund and not for a group gift; only an open-ended fund may hide its totals. A money gift has no units (quantity null); a gift has no
 * money fields. Once guests reserved or pledged, the kind is fixed (409).
 */
export function moneyColumns(dto: CreateItemDto | UpdateItemDto, current: Item | null, currency: string): Partial<MoneyColumns> {
  const kind: ItemKind = dto.kind ?? current?.kind ?? 'gift';
  const changesKind = current !== null && dto.kind !== undefined && dto.kind !== current.kind;
  if (changesKind && (current.reservedQuantity > 0 || current.pledgeCount > 0)) {
    throw new ProblemException(
      409,
      'kind-fixed',
      msg('problems:items.kind-fixed', {
        how: current.reservedQuantity > 0 ? 'reserved' : 'pledged',
        kind: current.kind === 'group-gift' ? 'group' : current.kind,
      }),
      { errors: [{ pointer: '#/kind', code: 'invalid', detail: `must stay ${current.kind}` }] },
    );
  }
  const sent = (['targetAmount', 'minContribution', 'suggestedAmounts', 'allowOverfunding', 'hideTotals'] as const).filter((f) => dto[f] !== undefined);
  if (kind === 'gift') {
    // false and [] say nothing on a gift; a true or a number does.
    const misplaced = sent.filter((f) => (f !== 'allowOverfunding' && f !== 'hideTotals') || dto[f]);
    if (misplaced.some((f) => f !== 'suggestedAmounts' || dto.suggestedAmounts?.length)) {
      throw validationProblem(
        misplaced.map((f) => ({ pointer: `#/${f}`, code: 'not-applicable' as const, detail: `${f} is only for a fund or a group gift (kind)` })),
      );
    }
    return changesKind ? { kind, targetAmount: null, minContribution: null, suggestedAmounts: [], allowOverfunding: false, hideTotals: false } : {};
  }
  const fresh = current === null || changesKind;
  const pick = <K extends keyof MoneyColumns>(field: K & keyof UpdateItemDto, fallback: MoneyColumns[K]): MoneyColumns[K] => {
    const value = dto[field] as MoneyColumns[K] | undefined;
    if (value !== undefined) return value;
    return !fresh && current ? current[field] : fallback;
  };
  const targetAmount = pick('targetAmount', null);
  const minContribution = pick('minContribution', null) ?? defaultMinContribution(currency);
  const suggestedAmounts = pick('suggestedAmounts', []);
  const allowOverfunding = pick('allowOverfunding', kind === 'fund');
  // A target shows guests what is left, so only an open-ended fund hides its totals; setting a target shows them again.
  const hideTotals = kind === 'fund' && targetAmount === null && pick('hideTotals', false);
  const errors: FieldError[] = [];
  if (kind === 'group-gift' && targetAmount === null)
    errors.push({ pointer: '#/targetAmount', code: 'required', detail: 'a group gift needs a targetAmount (its price)' });
  if (targetAmount !== null && minContribution > targetAmount)
    errors.push({ pointer: '#/minContribution', code: 'too-large', limit: targetAmount, detail: 'minContribution must be at most targetAmount' });
  suggestedAmounts.forEach((amount, i) => {
    if (amount < minContribution)
      errors.push({
        pointer: `#/suggestedAmounts/${i}`,
        code: 'too-small',
        limit: minContribution,
        detail: `must be at least minContribution (${minContribution})`,
      });
    else if (targetAmount !== null && !allowOverfunding && amount > targetAmount)
      errors.push({ pointer: `#/suggestedAmounts/${i}`, code: 'too-large', limit: targetAmount, detail: 'must be at most targetAmount' });
  });
  if (dto.hideTotals && !hideTotals)
    errors.push({ pointer: '#/hideTotals', code: 'not-applicable', detail: 'only an open-ended fund (kind fund, no targetAmount) can hide its totals' });
  if (errors.length) throw validationProblem(errors);
  return { kind, targetAmount, minContribution, suggestedAmounts, allowOverfunding, hideTotals, quantity: null };
}
