import { useState } from 'react';
import { isApiProblem, type CreateItemInput, type Item, type UpdateItemInput } from '@whispergifts/api-client';
import { ConflictNotice } from '@/components/conflict-notice';
import { Dialog } from '@/components/dialog';
import { ImagePicker } from '@/components/image-picker';
import { changedFields, describeValue } from '@/lib/describe';
import { errorMessage, formErrorsFrom } from '@/lib/form-errors';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { getItems } from '../api/get-items';
import { useItemImage } from '../api/item-image';
import { useUpdateItem } from '../api/update-item';
import { ItemForm, itemFieldLabels } from './item-form';

/** Each field's name in the conflict's comparison. */
const labels = (t: Translate): Record<keyof CreateItemInput, string> => ({
  name: t('gifts:field.name'),
  description: t('gifts:field.description'),
  url: t('gifts:field.link'),
  priceMin: t('gifts:field.price-min'),
  priceMax: t('gifts:field.price-max'),
  quantity: t('gifts:field.quantity'),
  priority: t('gifts:field.priority'),
  category: t('gifts:field.category'),
  kind: t('gifts:field.kind'),
  targetAmount: t('gifts:field.target'),
  minContribution: t('gifts:field.min-contribution'),
  suggestedAmounts: t('gifts:field.suggested-amounts'),
  allowOverfunding: t('gifts:form.overfunding'),
  hideTotals: t('gifts:field.hide-totals'),
});

const MONEY_FIELDS = new Set(['priceMin', 'priceMax', 'targetAmount', 'minContribution']);

interface EditItemDialogProps {
  registryId: string;
  currency: string;
  categories: string[];
  item: Item;
  onClose: () => void;
}

/** Edits one item against the version it was opened with; a 412 shows the saved version next to the edit. */
export function EditItemDialog({ registryId, currency, categories, item, onClose }: EditItemDialogProps) {
  const t = useT('gifts');
  const update = useUpdateItem(registryId);
  const image = useItemImage(registryId);
  const [base, setBase] = useState(item);
  const [conflict, setConflict] = useState<{ current: Item; changes: UpdateItemInput } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const errors = formErrorsFrom(isApiProblem(update.error, 'precondition-failed') ? null : update.error, itemFieldLabels(t, currency));
  const show = (key: string, value: unknown) =>
    MONEY_FIELDS.has(key) && typeof value === 'number'
      ? formatMoney(value, currency)
      : key === 'suggestedAmounts' && Array.isArray(value)
        ? value.map((amount: number) => formatMoney(amount, currency)).join(', ')
        : describeValue(value);

  /** Loads the version that won, to show it next to the change that was refused. */
  async function showConflict(changes: UpdateItemInput) {
    const current = (await getItems(registryId)).find((i) => i.id === item.id);
    if (current) setConflict({ current, changes });
  }

  function save(changes: UpdateItemInput, etag: string) {
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { itemId: item.id, changes, etag },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (isApiProblem(error, 'precondition-failed')) void showConflict(changes);
        },
      },
    );
  }

  function changeImage(file: File | null) {
    image.mutate(
      { itemId: item.id, file },
      {
        // The upload made a new version of the item: the text edits apply on top of it.
        onSuccess: (fresh) => setBase((b) => ({ ...b, image: fresh.image, etag: fresh.etag, version: fresh.version })),
      },
    );
  }

  return (
    <Dialog title={t('gifts:edit.title', { name: base.name })} onClose={onClose}>
      <ImagePicker
        label={t('gifts:edit.photo')}
        image={base.image}
        file={image.isPending ? image.variables.file : null}
        busy={image.isPending}
        progress={image.progress}
        error={errorMessage(image.error)}
        onChange={changeImage}
      />
      {conflict && (
        <ConflictNotice
          rows={Object.entries(conflict.changes).map(([key, mine]) => ({
            label: labels(t)[key as keyof CreateItemInput] ?? key,
            mine: show(key, mine),
            current: show(key, conflict.current[key as keyof Item]),
          }))}
          busy={update.isPending}
          onReapply={() => save(conflict.changes, conflict.current.etag)}
          onDiscard={() => {
            setBase(conflict.current);
            setConflict(null);
            setFormKey((k) => k + 1);
          }}
        />
      )}
      <ItemForm
        key={formKey}
        currency={currency}
        categories={categories}
        initial={base}
        errors={errors}
        busy={update.isPending}
        submitLabel={t('gifts:edit.submit')}
        onSubmit={(input) => save(changedFields(base as UpdateItemInput, input), base.etag)}
      />
    </Dialog>
  );
}
