import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/alert';
import { Dialog } from '@/components/dialog';
import { TextField } from '@/components/field';
import { MoneyInput } from '@/components/money-input';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useCreateOfflineGift } from '../api/create-offline-gift';
import { NOTE_MAX } from './thank-dialog';

interface OfflineGiftDialogProps {
  registryId: string;
  currency: string;
  onClose: () => void;
  /** After the API kept it: the tracker says so. */
  onAdded: (gift: string) => void;
}

/** A gift that came outside the list (an envelope at the party, grandma's quilt), so it is thanked like the rest. */
export function OfflineGiftDialog({ registryId, currency, onClose, onAdded }: OfflineGiftDialogProps) {
  const t = useT('tracker', 'dashboard');
  const create = useCreateOfflineGift(registryId);
  const [giver, setGiver] = useState('');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const errors = formErrorsFrom(create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!giver.trim()) found.giver = t('tracker:offline.giver-missing');
    if (!description.trim()) found.description = t('tracker:offline.description-missing');
    if (amount !== null && (Number.isNaN(amount) || amount <= 0)) found.amount = t('tracker:offline.amount-invalid');
    setProblems(found);
    if (Object.keys(found).length) return;
    create.mutate(
      { giver: giver.trim(), description: description.trim(), amount: amount ?? undefined, note: note.trim() || undefined },
      {
        onSuccess: (entry) => {
          onAdded(entry.gift);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog title={t('tracker:add')} onClose={onClose}>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('tracker:offline.from')}
          value={giver}
          maxLength={200}
          onChange={(e) => setGiver(e.target.value)}
          error={problems.giver ?? errors.fields.giver}
        />
        <TextField
          label={t('tracker:offline.what')}
          value={description}
          maxLength={500}
          onChange={(e) => setDescription(e.target.value)}
          error={problems.description ?? errors.fields.description}
        />
        <MoneyInput
          label={t('tracker:offline.amount', { currency })}
          currency={currency}
          value={amount}
          onChange={setAmount}
          hint={t('tracker:offline.amount-hint')}
          error={problems.amount ?? errors.fields.amount}
        />
        <TextField label={t('tracker:note')} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} error={errors.fields.note} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? t('tracker:offline.adding') : t('tracker:offline.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('dashboard:common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
