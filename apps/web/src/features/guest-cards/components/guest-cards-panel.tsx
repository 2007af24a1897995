import { useState, type FormEvent } from 'react';
import type { CreateGuestCardsInput, GuestCards, Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useGuestCards } from '../api/get-guest-cards';
import { useStartGuestCards } from '../api/start-guest-cards';
import { CARD_DESIGNS } from './card-designs';

const LABELS = { theme: 'Design', paper: 'Paper', perPage: 'Cards on each sheet', heading: 'Line above your names', message: 'Short message' };
const HEADING_MAX = 60;
const MESSAGE_MAX = 240;

/** Premium: a print-ready sheet of cards with the list's address and a QR code, drawn by the worker. */
export function GuestCardsPanel({ registry }: { registry: Registry }) {
  // The API enforces the plan (403 plan-limit); this only spares other couples a form they cannot use.
  const included = registry.plan === 'premium';
  const renders = useGuestCards(registry.id, included);
  const latest = renders.data?.[0];

  return (
    <section className="panel stack" aria-labelledby="guest-cards-title">
      <h2 id="guest-cards-title">Printed guest cards</h2>
      {!included ? (
        <p>Print cards for your invitations with your names, the date, your list’s address and a QR code to it. They come with the Premium plan.</p>
      ) : (
        <>
          <p>Choose a design and the wording; we make a sheet of cards with cutting marks, ready to print at home or at a print shop.</p>
          <CardsForm registry={registry} busy={latest?.status === 'rendering'} />
          {latest && <LatestRender render={latest} />}
        </>
      )}
    </section>
  );
}

function CardsForm({ registry, busy }: { registry: Registry; busy: boolean }) {
  const [draft, setDraft] = useState<Required<CreateGuestCardsInput>>({
    theme: registry.theme,
    paper: 'a4',
    perPage: 4,
    heading: 'Our gift list',
    message: '',
  });
  const start = useStartGuestCards(registry.id);
  const errors = formErrorsFrom(start.error, LABELS);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ ...draft, heading: draft.heading.trim(), message: draft.message.trim() });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <SelectField label={LABELS.theme} value={draft.theme} onChange={(e) => set('theme', e.target.value as typeof draft.theme)} error={errors.fields.theme}>
        {CARD_DESIGNS.map((design) => (
          <option key={design.value} value={design.value}>
            {design.label}
          </option>
        ))}
      </SelectField>
      <fieldset className="choice-list">
        <legend>{LABELS.paper}</legend>
        {(['a4', 'letter'] as const).map((paper) => (
          <label key={paper} className="checkbox">
            <input type="radio" name="paper" value={paper} checked={draft.paper === paper} onChange={() => set('paper', paper)} />
            <span>{paper === 'a4' ? 'A4' : 'US Letter'}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list">
        <legend>{LABELS.perPage}</legend>
        {([4, 8] as const).map((count) => (
          <label key={count} className="checkbox">
            <input type="radio" name="perPage" value={count} checked={draft.perPage === count} onChange={() => set('perPage', count)} />
            <span>{count === 4 ? '4 postcard-sized cards' : '8 business-card-sized cards'}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={LABELS.heading}
        maxLength={HEADING_MAX}
        value={draft.heading}
        onChange={(e) => set('heading', e.target.value)}
        error={errors.fields.heading}
      />
      <TextAreaField
        label={`${LABELS.message} (optional)`}
        hint={`Up to ${MESSAGE_MAX} characters, under the date.`}
        maxLength={MESSAGE_MAX}
        value={draft.message}
        onChange={(e) => set('message', e.target.value)}
        error={errors.fields.message}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={start.isPending || busy}>
          {start.isPending || busy ? 'Making your cards…' : 'Make the cards'}
        </button>
      </div>
    </form>
  );
}

function LatestRender({ render }: { render: GuestCards }) {
  const sheet = `${render.perPage} cards on ${render.paper === 'a4' ? 'A4' : 'US Letter'}`;
  return (
    <div className="stack guest-cards-result" aria-live="polite">
      {render.status === 'rendering' && (
        <div className="stack" role="status">
          <p>Drawing your cards ({sheet})…</p>
          <progress aria-label="Drawing your cards" />
        </div>
      )}
      {render.status === 'failed' && <Alert>We could not make these cards. Please try again; if it keeps failing, tell us.</Alert>}
      {render.status === 'ready' && render.url && (
        <>
          <p role="status">Your cards are ready: {sheet}. Print at 100% (“actual size”), then cut along the marks.</p>
          {render.previewUrl && <img className="guest-cards-preview" src={render.previewUrl} alt={`Preview of the sheet: ${sheet}`} />}
          <div className="button-row">
            <a className="button button-primary" href={render.url} download="guest-cards.pdf">
              Download the PDF
            </a>
          </div>
        </>
      )}
    </div>
  );
}
