import { useState, type FormEvent, type ReactNode } from 'react';
import type { CreateItemInput, Item, ItemKind, Priority } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import type { FieldLabels } from '@/lib/field-messages';
import type { FormErrors } from '@/lib/form-errors';
import { formatMoney, minorUnitDigits, moneyInputValue, parseMoneyInput } from '@/lib/money';
import { formText } from '@/lib/form-data';
import { useT, type Translate } from '@/lib/i18n';
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

/** A kind as an ICU select option (options are plain words: `group-gift` is `group`). */
export const kindOption = (kind: ItemKind) => (kind === 'group-gift' ? 'group' : kind);

const kindHint = (t: Translate, kind: ItemKind) => t('gifts:form.kind-hint', { kind: kindOption(kind) });

/** The fields' names in error messages (formErrorsFrom), as labelled below; amounts are said in the currency, not in cents. */
export function itemFieldLabels(t: Translate, currency: string): FieldLabels {
  const amount = (label: string): FieldLabels[string] => ({
    label,
    messages: {
      'too-small': (limit) => t('gifts:form.amount-too-small', { label, amount: formatMoney(limit ?? 0, currency) }),
      'too-large': (limit) => t('gifts:form.amount-too-large', { label, amount: formatMoney(limit ?? 0, currency) }),
    },
  });
  return {
    kind: t('gifts:field.kind'),
    name: t('gifts:field.name'),
    description: t('gifts:field.description'),
    url: t('gifts:field.url'),
    priceMin: amount(t('gifts:field.price-min')),
    priceMax: amount(t('gifts:field.price-max')),
    quantity: t('gifts:field.quantity'),
    targetAmount: amount(t('gifts:field.target')),
    minContribution: amount(t('gifts:field.min-contribution')),
    suggestedAmounts: amount(t('gifts:field.each-suggested-amount')),
    priority: t('gifts:field.priority'),
    category: t('gifts:field.category'),
  };
}

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
  const t = useT('gifts');
  const amountAdvice = t('gifts:form.amount-advice');
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
      if (Number.isNaN(priceMin)) invalid.priceMin = amountAdvice;
      if (Number.isNaN(priceMax)) invalid.priceMax = amountAdvice;
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
    if (Number.isNaN(targetAmount)) invalid.targetAmount = amountAdvice;
    else if (kind === 'group-gift' && targetAmount === null) invalid.targetAmount = t('gifts:form.group-gift-needs-target');
    if (Number.isNaN(minContribution)) invalid.minContribution = amountAdvice;
    if (suggestedAmounts.some(Number.isNaN)) invalid.suggestedAmounts = t('gifts:form.suggested-advice');
    else if (suggestedAmounts.length > 4) invalid.suggestedAmounts = t('gifts:form.suggested-too-many', { max: 4 });
    const hidesTotals = kind === 'fund' && hideTotals;
    if (hidesTotals && targetAmount !== null) invalid.hideTotals = t('gifts:form.hide-totals-with-target');
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
          label={t('gifts:field.kind')}
          name="kind"
          value={kind}
          onChange={(e) => chooseKind(e.target.value as ItemKind)}
          disabled={kindLocked}
          hint={kindLocked ? t('gifts:form.kind-locked') : kindHint(t, kind)}
          error={errors.fields.kind}
        >
          <option value="gift">{t('gifts:kind', { kind: 'gift' })}</option>
          <option value="group-gift">{t('gifts:kind', { kind: 'group' })}</option>
          <option value="fund">{t('gifts:kind', { kind: 'fund' })}</option>
        </SelectField>
        <TextField
          label={t('gifts:field.name')}
          name="name"
          required
          maxLength={200}
          placeholder={kind === 'fund' ? t('gifts:form.fund-placeholder') : undefined}
          defaultValue={initial?.name ?? prefill?.name ?? undefined}
          error={errors.fields.name}
        />
        <TextAreaField
          label={t('gifts:form.description-label')}
          name="description"
          maxLength={4000}
          defaultValue={initial?.description ?? prefill?.description ?? undefined}
          error={errors.fields.description}
        />
        <TextField
          label={t('gifts:form.url-label')}
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
                label={t('gifts:form.price-min-label', { currency })}
                name="priceMin"
                inputMode="decimal"
                defaultValue={moneyInputValue(initial?.priceMin ?? prefill?.priceMin ?? null, currency)}
                error={fieldError('priceMin')}
              />
              <TextField
                label={t('gifts:form.price-max-label', { currency })}
                name="priceMax"
                inputMode="decimal"
                defaultValue={moneyInputValue(initial?.priceMax ?? prefill?.priceMax ?? null, currency)}
                error={fieldError('priceMax')}
              />
            </div>
            <div className="field-pair">
              <TextField
                label={t('gifts:field.quantity')}
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
                {t('gifts:form.unlimited')}
              </label>
            </div>
          </>
        ) : (
          <>
            <div className="field-pair">
              <TextField
                label={t('gifts:form.target-label', { kind: kindOption(kind), currency })}
                name="targetAmount"
                inputMode="decimal"
                required={kind === 'group-gift'}
                hint={kind === 'fund' ? t('gifts:form.target-hint') : undefined}
                defaultValue={moneyInputValue(initial?.targetAmount ?? null, currency)}
                error={fieldError('targetAmount')}
              />
              <TextField
                label={t('gifts:form.min-contribution-label', { currency })}
                name="minContribution"
                inputMode="decimal"
                hint={t('gifts:form.min-contribution-hint', { amount: defaultMinimum })}
                defaultValue={moneyInputValue(initial?.minContribution ?? null, currency)}
                error={fieldError('minContribution')}
              />
            </div>
            <TextField
              label={t('gifts:form.suggested-label', { currency, max: 4 })}
              name="suggestedAmounts"
              inputMode="decimal"
              placeholder="25 50 100"
              hint={t('gifts:form.suggested-hint')}
              defaultValue={(initial?.suggestedAmounts ?? []).map((amount) => moneyInputValue(amount, currency)).join(' ')}
              error={fieldError('suggestedAmounts')}
            />
            <label className="checkbox">
              <input type="checkbox" name="allowOverfunding" checked={overfunding} onChange={(e) => setOverfunding(e.target.checked)} />
              {t('gifts:form.overfunding')}
            </label>
            {kind === 'fund' && (
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" name="hideTotals" checked={hideTotals} onChange={(e) => setHideTotals(e.target.checked)} />
                  {t('gifts:form.hide-totals')}
                </label>
                {fieldError('hideTotals') && <p className="field-error">{fieldError('hideTotals')}</p>}
              </div>
            )}
          </>
        )}
        <div className="field-pair">
          <SelectField label={t('gifts:field.priority')} name="priority" defaultValue={initial?.priority ?? 'medium'} error={errors.fields.priority}>
            <option value="high">{t('gifts:form.priority', { priority: 'high' })}</option>
            <option value="medium">{t('gifts:form.priority', { priority: 'medium' })}</option>
            <option value="low">{t('gifts:form.priority', { priority: 'low' })}</option>
          </SelectField>
          <TextField
            label={t('gifts:form.category-label')}
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
          {busy ? t('gifts:form.saving') : submitLabel}
        </button>
      )}
    </form>
  );
}
