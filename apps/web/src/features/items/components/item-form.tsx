import { useState, type FormEvent, type ReactNode } from 'react';
import type { CreateItemInput, Item, Priority } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import type { FormErrors } from '@/lib/form-errors';
import { moneyInputValue, parseMoneyInput } from '@/lib/money';
import { formText } from '@/lib/form-data';

interface ItemFormProps {
  currency: string;
  categories: string[];
  initial?: Item;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  onSubmit: (input: Required<CreateItemInput>) => void;
  /** A photo field, after the others. */
  photo?: ReactNode;
  /** The gift is saved and only its photo is left to settle: the fields show what was saved, read-only, and there is no submit. */
  locked?: boolean;
}

/** Add or edit one item. Prices are typed in the currency ("39.90") and sent in minor units (3990). */
export function ItemForm({ currency, categories, initial, errors, busy, submitLabel, onSubmit, photo, locked = false }: ItemFormProps) {
  const [unlimited, setUnlimited] = useState(initial ? initial.quantity === null : false);
  const [priceErrors, setPriceErrors] = useState<Record<string, string>>({});
  const fieldError = (name: string) => priceErrors[name] ?? errors.fields[name];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const priceMin = parseMoneyInput(formText(form, 'priceMin'), currency);
    const priceMax = parseMoneyInput(formText(form, 'priceMax'), currency);
    const invalid: Record<string, string> = {};
    if (Number.isNaN(priceMin)) invalid.priceMin = 'Enter an amount like 40 or 39.90';
    if (Number.isNaN(priceMax)) invalid.priceMax = 'Enter an amount like 40 or 39.90';
    setPriceErrors(invalid);
    if (Object.keys(invalid).length) return;
    onSubmit({
      name: formText(form, 'name').trim(),
      description: formText(form, 'description').trim(),
      url: formText(form, 'url').trim() || null,
      priceMin,
      priceMax,
      quantity: unlimited ? null : Number(formText(form, 'quantity')),
      priority: formText(form, 'priority') as Priority,
      category: formText(form, 'category').trim() || null,
    });
  }

  return (
    <form className="form item-form" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <fieldset className="item-form-fields" disabled={locked}>
        <TextField label="Gift" name="name" required maxLength={200} defaultValue={initial?.name} error={errors.fields.name} />
        <TextAreaField
          label="Description (optional)"
          name="description"
          maxLength={4000}
          defaultValue={initial?.description}
          error={errors.fields.description}
        />
        <TextField
          label="Where to buy it (optional link)"
          name="url"
          type="url"
          placeholder="https://"
          defaultValue={initial?.url ?? ''}
          error={errors.fields.url}
        />
        <div className="field-pair">
          <TextField
            label={`Price from (${currency})`}
            name="priceMin"
            inputMode="decimal"
            defaultValue={moneyInputValue(initial?.priceMin ?? null, currency)}
            error={fieldError('priceMin')}
          />
          <TextField
            label={`Price up to (${currency})`}
            name="priceMax"
            inputMode="decimal"
            defaultValue={moneyInputValue(initial?.priceMax ?? null, currency)}
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
            Unlimited (a fund, or as many as guests like)
          </label>
        </div>
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
