import { useState } from 'react';
import { Alert } from '@/components/alert';
import { formErrorsFrom } from '@/lib/form-errors';
import { useCreateItem } from '../api/create-item';
import { ItemForm } from './item-form';

export function AddItem({ registryId, currency, categories }: { registryId: string; currency: string; categories: string[] }) {
  const create = useCreateItem(registryId);
  // A new key empties the form after each gift added.
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="add-item-title" className="panel">
      <h2 id="add-item-title">Add a gift</h2>
      {create.isSuccess && <Alert tone="success">Added {create.data.name}.</Alert>}
      <ItemForm
        key={formKey}
        currency={currency}
        categories={categories}
        errors={formErrorsFrom(create.error)}
        busy={create.isPending}
        submitLabel="Add gift"
        onSubmit={(input) => create.mutate(input, { onSuccess: () => setFormKey((k) => k + 1) })}
      />
    </section>
  );
}
