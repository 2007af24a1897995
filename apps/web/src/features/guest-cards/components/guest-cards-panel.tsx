import { useState, type FormEvent } from 'react';
import type { CreateGuestCardsInput, GuestCards, Registry } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT, type Translate } from '@/lib/i18n';
import { useGuestCards } from '../api/get-guest-cards';
import { useStartGuestCards } from '../api/start-guest-cards';
import { CARD_DESIGNS } from './card-designs';

const labelsIn = (t: Translate) => ({
  theme: t('dashboard:guest-cards.design'),
  paper: t('dashboard:guest-cards.paper'),
  perPage: t('dashboard:guest-cards.per-page'),
  heading: t('dashboard:guest-cards.heading'),
  message: t('dashboard:guest-cards.message'),
});
const HEADING_MAX = 60;
const MESSAGE_MAX = 240;

/** Premium: a print-ready sheet of cards with the list's address and a QR code, drawn by the worker. */
export function GuestCardsPanel({ registry }: { registry: Registry }) {
  // The API enforces the plan (403 plan-limit); this only spares other couples a form they cannot use.
  const included = registry.plan === 'premium';
  const renders = useGuestCards(registry.id, included);
  const latest = renders.data?.[0];
  const t = useT('dashboard');

  return (
    <section className="panel stack" aria-labelledby="guest-cards-title">
      <h2 id="guest-cards-title">{t('dashboard:guest-cards.title')}</h2>
      {!included ? (
        <p>{t('dashboard:guest-cards.not-included')}</p>
      ) : (
        <>
          <p>{t('dashboard:guest-cards.intro')}</p>
          <CardsForm registry={registry} busy={latest?.status === 'rendering'} />
          {latest && <LatestRender render={latest} />}
        </>
      )}
    </section>
  );
}

function CardsForm({ registry, busy }: { registry: Registry; busy: boolean }) {
  const t = useT('dashboard');
  const LABELS = labelsIn(t);
  // The line shown at first is the default in the dashboard's language; left as it is, none is sent, so the API
  // prints its own default in the list's language (the guests'), which may be another.
  const [defaultHeading] = useState(() => t('dashboard:guest-cards.heading-default'));
  const [draft, setDraft] = useState<Required<CreateGuestCardsInput>>({
    theme: registry.theme,
    paper: 'a4',
    perPage: 4,
    heading: defaultHeading,
    message: '',
  });
  const start = useStartGuestCards(registry.id);
  const errors = formErrorsFrom(start.error, LABELS);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { heading, ...rest } = draft;
    start.mutate({ ...rest, ...(heading === defaultHeading ? {} : { heading: heading.trim() }), message: draft.message.trim() });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {errors.summary && <Alert>{errors.summary}</Alert>}
      <SelectField label={LABELS.theme} value={draft.theme} onChange={(e) => set('theme', e.target.value as typeof draft.theme)} error={errors.fields.theme}>
        {CARD_DESIGNS.map((design) => (
          <option key={design} value={design}>
            {t('dashboard:theme.name', { theme: design })}
          </option>
        ))}
      </SelectField>
      <fieldset className="choice-list">
        <legend>{LABELS.paper}</legend>
        {(['a4', 'letter'] as const).map((paper) => (
          <label key={paper} className="checkbox">
            <input type="radio" name="paper" value={paper} checked={draft.paper === paper} onChange={() => set('paper', paper)} />
            <span>{t('dashboard:guest-cards.paper.choice', { paper })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list">
        <legend>{LABELS.perPage}</legend>
        {([4, 8] as const).map((count) => (
          <label key={count} className="checkbox">
            <input type="radio" name="perPage" value={count} checked={draft.perPage === count} onChange={() => set('perPage', count)} />
            <span>{count === 4 ? t('dashboard:guest-cards.per-page.4') : t('dashboard:guest-cards.per-page.8')}</span>
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
        label={t('dashboard:guest-cards.message-optional')}
        hint={t('dashboard:guest-cards.message-hint', { max: MESSAGE_MAX })}
        maxLength={MESSAGE_MAX}
        value={draft.message}
        onChange={(e) => set('message', e.target.value)}
        error={errors.fields.message}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={start.isPending || busy}>
          {start.isPending || busy ? t('dashboard:guest-cards.making') : t('dashboard:guest-cards.make')}
        </button>
      </div>
    </form>
  );
}

function LatestRender({ render }: { render: GuestCards }) {
  const t = useT('dashboard');
  const sheet = t('dashboard:guest-cards.sheet', { count: render.perPage, paper: t('dashboard:guest-cards.paper.choice', { paper: render.paper }) });
  return (
    <div className="stack guest-cards-result" aria-live="polite">
      {render.status === 'rendering' && (
        <div className="stack" role="status">
          <p>{t('dashboard:guest-cards.drawing', { sheet })}</p>
          <progress aria-label={t('dashboard:guest-cards.drawing-label')} />
        </div>
      )}
      {render.status === 'failed' && <Alert>{t('dashboard:guest-cards.failed')}</Alert>}
      {render.status === 'ready' && render.url && (
        <>
          <p role="status">{t('dashboard:guest-cards.ready', { sheet })}</p>
          {render.previewUrl && <img className="guest-cards-preview" src={render.previewUrl} alt={t('dashboard:guest-cards.preview', { sheet })} />}
          <div className="button-row">
            <a className="button button-primary" href={render.url} download="guest-cards.pdf">
              {t('dashboard:guest-cards.download')}
            </a>
          </div>
        </>
      )}
    </div>
  );
}
