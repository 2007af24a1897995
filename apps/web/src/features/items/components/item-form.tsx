import { useState, type FormEvent, type ReactNode } from 'react';
import type { CreateItemInput, Item, ItemKind, Priority } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import type { FieldLabels } from '@/lib/field-messages';
import type { FormErrors } from '@/lib/form-errors';
import { formatMoney, minorUnitDigits, moneyInputValue, parseMoneyInput } from '@/lib/money';
import { formText } from '@/lib/form-data';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';

interface ItemFormProps {
  currency: string;
  categories: string[];
  initial?: Item;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  /** A gift's input has no money fields (the API refuses them on a gift); a fund's or group gift's has no prices or units. */
  onSubmit: (input: CreateItemInput) => void;
  /** A photo field, after the others. */
  photo?: ReactNode;
  /** The gift is saved and only its photo is left to settle: the fields show what was saved, read-only, and there is no submit. */
  locked?: boolean;
  /** Something outside the fields is not saved yet (a chosen photo): leaving the page asks first, as for typed text. */
  unsaved?: boolean;
  /** Values to start a new gift from (a shop link's suggestion), for the couple to review. */
  prefill?: ItemPrefill;
}

export interface ItemPrefill {
  name?: string | null;
  description?: string | null;
  url?: string | null;
  priceMin?: number | null;
  priceMax?: number | null;
}

const KIND_HINTS: Record<ItemKind, string> = {
  gift: 'Guests reserve it and buy it wherever they like.',
  'group-gift': 'One pricier gift several guests chip in for; its target is its price.',
  fund: 'Money towards something (a honeymoon, a sofa), with or without a target.',
};

/** The fields' names in error messages (formErrorsFrom), as labelled below; amounts are said in the currency, not in cents. */
export function itemFieldLabels(currency: string): FieldLabels {
  const amount = (label: string): FieldLabels[string] => ({
    label,
    messages: {
      'too-small': (limit) => `${label} must be at least ${formatMoney(limit ?? 0, currency)}.`,
      'too-large': (limit) => `${label} can be at most ${formatMoney(limit ?? 0, currency)}.`,
    },
  });
  return {
    kind: 'Kind',
    name: 'Gift',
    description: 'Description',
    url: 'Where to buy it',
    priceMin: amount('Price from'),
    priceMax: amount('Price up to'),
    quantity: 'How many',
    targetAmount: amount('Target'),
    minContribution: amount('Smallest contribution'),
    suggestedAmounts: amount('Each suggested amount'),
    priority: 'Priority',
    category: 'Category',
  };
}

const AMOUNT_ADVICE = 'Enter an amount like 40 or 39.90';

/** "25 50 100" or "25, 50, 100" → minor units; NaN for anything that is not an amount. */
const parseAmounts = (text: string, currency: string) =>
  text
    .split(/[\s;]+/)
    .map((part) => part.replace(/,$/, ''))
    .filter(Boolean)
    .map((part) => parseMoneyInput(part, currency) ?? Number.NaN);

/**
 * Add or edit one item. Prices are typed in the currency ("39.90") and sent in minor units (3990). The kind decides
 * the fields: a gift has prices and a quantity; a group gift and a fund have a target, a minimum and suggested amounts.
 */
export function ItemForm({
  currency,
  categories,
  initial,
  errors,
  busy,
  submitLabel,
  onSubmit,
  photo,
  locked = false,
  unsaved = false,
  prefill,
}: ItemFormProps) {
  const [kind, setKind] = useState<ItemKind>(initial?.kind ?? 'gift');
  const [unlimited, setUnlimited] = useState(initial ? initial.quantity === null : false);
  const [overfunding, setOverfunding] = useState(initial ? initial.allowOverfunding : false);
  const [hideTotals, setHideTotals] = useState(initial?.hideTotals ?? false);
  const [priceErrors, setPriceErrors] = useState<Record<string, string>>({});
  // Typed into (the form is remounted empty once the gift is added): leaving the page would lose it, so it asks.
  const [typed, setTyped] = useState(false);
  useUnsavedChangesWarning(typed || unsaved);
  // The API points at one suggested amount (`#/suggestedAmounts/1`): shown under the one field that holds them all.
  const fieldError = (name: string) =>
    priceErrors[name] ?? errors.fields[name] ?? Object.entries(errors.fields).find(([key]) => key.startsWith(`${name}.`))?.[1];
  // Once guests reserved or chipped in, what they did depends on the kind: the API refuses to change it (409).
  const kindLocked = Boolean(initial && (initial.reserved > 0 || initial.pledgeCount > 0));
  const defaultMinimum = formatMoney(5 * 10 ** minorUnitDigits(currency), currency);

  function chooseKind(next: ItemKind) {
    setKind(next);
    // A fund welcomes more than its target unless told otherwise; a group gift is one gift, so it stops at its price.
    if (!initial) setOverfunding(next === 'fund');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const money = (name: string) => parseMoneyInput(formText(form, name), currency);
    const common = {
      kind,
      name: formText(form, 'name').trim(),
      description: formText(form, 'description').trim(),
      url: formText(form, 'url').trim() || null,
      priority: formText(form, 'priority') as Priority,
      category: formText(form, 'category').trim() || null,
    };
    const invalid: Record<string, string> = {};
    if (kind === 'gift') {
      const priceMin = money('priceMin');
      const priceMax = money('priceMax');
      if (Number.isNaN(priceMin)) invalid.priceMin = AMOUNT_ADVICE;
      if (Number.isNaN(priceMax)) invalid.priceMax = AMOUNT_ADVICE;
      setPriceErrors(invalid);
      if (Object.keys(invalid).length) return;
      return onSubmit({
        ...common,
        priceMin,
        priceMax,
        quantity: unlimited ? null : Number(formText(form, 'quantity')),
      });
    }
    const targetAmount = money('targetAmount');
    const minContribution = money('minContribution');
    const suggestedAmounts = parseAmounts(formText(form, 'suggestedAmounts'), currency);
    if (Number.isNaN(targetAmount)) invalid.targetAmount = AMOUNT_ADVICE;
    else if (kind === 'group-gift' && targetAmount === null) invalid.targetAmount = 'A group gift needs a target: its price.';
    if (Number.isNaN(minContribution)) invalid.minContribution = AMOUNT_ADVICE;
    if (suggestedAmounts.some(Number.isNaN)) invalid.suggestedAmounts = 'Enter amounts separated by spaces, like 25 50 100';
    else if (suggestedAmounts.length > 4) invalid.suggestedAmounts = 'Suggest up to 4 amounts.';
    const hidesTotals = kind === 'fund' && hideTotals;
    if (hidesTotals && targetAmount !== null)
      invalid.hideTotals = 'Guests need the progress to see what is still needed: remove the target, or show the totals.';
    setPriceErrors(invalid);
    if (Object.keys(invalid).length) return;
    onSubmit({
      ...common,
      priceMin: null,
      priceMax: null,
      quantity: null,
      targetAmount,
      minContribution,
      suggestedAmounts,
      allowOverfunding: overfunding,
      hideTotals: hidesTotals,
    });
  }

  return (
    // onChange, not onInput: React reports it after the field's own onChange, so a controlled field (the kind) keeps its new value.
    <form className="form item-form" onSubmit={submit} onChange={() => setTyped(true)} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <fieldset className="item-form-fields" disabled={locked}>
        <SelectField
          label="Kind"
          name="kind"
          value={kind}
          onChange={(e) => chooseKind(e.target.value as ItemKind)}
          disabled={kindLocked}
          hint={kindLocked ? 'Guests have reserved or chipped in already, so the kind stays as it is.' : KIND_HINTS[kind]}
          error={errors.fields.kind}
        >
          <option value="gift">Gift</option>
          <option value="group-gift">Group gift</option>
          <option value="fund">Fund</option>
        </SelectField>
        <TextField
          label="Gift"
          name="name"
          required
          maxLength={200}
          placeholder={kind === 'fund' ? 'Honeymoon in Lisbon' : undefined}
          defaultValue={initial?.name ?? prefill?.name ?? undefined}
          error={errors.fields.name}
        />
        <TextAreaField
          label="Description (optional)"
          name="description"
          maxLength={4000}
          defaultValue={initial?.description ?? prefill?.description ?? undefined}
          error={errors.fields.description}
        />
        <TextField
          label="Where to buy it (optional link)"
          name="url"
          type="url"
          placeholder="https://"
          defaultValue={initial?.url ?? prefill?.url ?? ''}
          error={errors.fields.url}
        />
        {kind === 'gift' ? (
          <>
            <div className="field-pair">
              <TextField
                label={`Price from (${currency})`}
                name="priceMin"
                inputMode="decimal"
                defaultValue={moneyInputValue(initial?.priceMin ?? prefill?.priceMin ?? null, currency)}
                error={fieldError('priceMin')}
              />
              <TextField
                label={`Price up to (${currency})`}
                name="priceMax"
                inputMode="decimal"
                defaultValue={moneyInputValue(initial?.priceMax ?? prefill?.priceMax ?? null, currency)}
                error={fieldError('priceMax')}
              />
            </div>
            <div className="field-pair">
              <TextField
                label="How many"
                name="quantity"
                type="number"
                min={1}
                max={1000}
                defaultValue={initial?.quantity ?? 1}
                disabled={unlimited}
                error={errors.fields.quantity}
              />
              <label className="checkbox">
                <input type="checkbox" checked={unlimited} onChange={(e) => setUnlimited(e.target.checked)} />
                Unlimited (as many as guests like)
              </label>
            </div>
          </>
        ) : (
          <>
            <div className="field-pair">
              <TextField
                label={kind === 'fund' ? `Target (${currency}, optional)` : `Target: its price (${currency})`}
                name="targetAmount"
                inputMode="decimal"
                required={kind === 'group-gift'}
                hint={kind === 'fund' ? 'Without one, the fund is open-ended: guests see what was given.' : undefined}
                defaultValue={moneyInputValue(initial?.targetAmount ?? null, currency)}
                error={fieldError('targetAmount')}
              />
              <TextField
                label={`Smallest contribution (${currency}, optional)`}
                name="minContribution"
                inputMode="decimal"
                hint={`${defaultMinimum} if left empty.`}
                defaultValue={moneyInputValue(initial?.minContribution ?? null, currency)}
                error={fieldError('minContribution')}
              />
            </div>
            <TextField
              label={`Suggested amounts (${currency}, up to 4, optional)`}
              name="suggestedAmounts"
              inputMode="decimal"
              placeholder="25 50 100"
              hint="Guests get a button for each; they can always type their own."
              defaultValue={(initial?.suggestedAmounts ?? []).map((amount) => moneyInputValue(amount, currency)).join(' ')}
              error={fieldError('suggestedAmounts')}
            />
            <label className="checkbox">
              <input type="checkbox" name="allowOverfunding" checked={overfunding} onChange={(e) => setOverfunding(e.target.checked)} />
              Welcome more than the target
            </label>
            {kind === 'fund' && (
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" name="hideTotals" checked={hideTotals} onChange={(e) => setHideTotals(e.target.checked)} />
                  Keep the amount given private (funds without a target)
                </label>
                {fieldError('hideTotals') && <p className="field-error">{fieldError('hideTotals')}</p>}
              </div>
            )}
          </>
        )}
        <div className="field-pair">
          <SelectField label="Priority" name="priority" defaultValue={initial?.priority ?? 'medium'} error={errors.fields.priority}>
            <option value="high">High: most wanted</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </SelectField>
          <TextField
            label="Category (optional)"
            name="category"
            list="item-categories"
            maxLength={60}
            defaultValue={initial?.category ?? ''}
            error={errors.fields.category}
          />
          <datalist id="item-categories">
            {categories.map((category) => (
              <option key={category} value={category} />
            ))}
          </datalist>
        </div>
      </fieldset>
      {photo}
      {!locked && (
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      )}
    </form>
  );
}
