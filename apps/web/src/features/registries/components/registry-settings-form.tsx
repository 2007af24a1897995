import { LANGUAGES, isLanguage } from '@whispergifts/i18n';
import { useState, type FormEvent, type ReactNode } from 'react';
import { isApiProblem, type Registry, type UpdateRegistryInput } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { ConflictNotice } from '@/components/conflict-notice';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import { ImagePicker } from '@/components/image-picker';
import { changedFields, describeValue } from '@/lib/describe';
import { fieldMessage, type FieldLabels } from '@/lib/field-messages';
import { errorMessage, formErrorsFrom } from '@/lib/form-errors';
import { useT, type Translate } from '@/lib/i18n';
import { useUnsavedChangesWarning } from '@/lib/use-unsaved-changes-warning';
import { getRegistry } from '../api/get-registry';
import { useHeaderImage } from '../api/header-image';
import { useUpdateRegistry } from '../api/update-registry';
import { CURRENCIES } from './currencies';
import { GivingFields, checkIban, givingProblems, type GivingDraft } from './giving-fields';
import { GuestDataRetentionFields } from './guest-data-retention-fields';
import { ThemePicker } from './theme-picker';

/** What the form edits, as inputs hold it ('' for "none"). */
interface Draft {
  title: string;
  coupleNames: string;
  slug: string;
  eventDate: string;
  welcomeMessage: string;
  currency: string;
  timeZone: string;
  language: Registry['language'];
  visibility: Registry['visibility'];
  password: string;
  surpriseMode: boolean;
  revealDate: string;
  guestsConfirmByEmail: boolean;
  remindersEnabled: boolean;
  theme: Registry['theme'];
  giving: GivingDraft;
  guestDataRetentionDays: string;
}

const draftFrom = (r: Registry): Draft => ({
  title: r.title,
  coupleNames: r.coupleNames,
  slug: r.slug,
  eventDate: r.eventDate ?? '',
  welcomeMessage: r.welcomeMessage,
  currency: r.currency,
  timeZone: r.timeZone,
  language: r.language,
  visibility: r.visibility,
  password: '',
  surpriseMode: r.surpriseMode,
  revealDate: r.revealDate ?? '',
  guestsConfirmByEmail: r.guestsConfirmByEmail,
  remindersEnabled: r.remindersEnabled,
  theme: r.theme,
  giving: {
    instructions: r.giving?.instructions ?? '',
    accountHolder: r.giving?.accountHolder ?? '',
    iban: r.giving?.iban ?? '',
    bic: r.giving?.bic ?? '',
    paymentLinkTemplate: r.giving?.paymentLinkTemplate ?? '',
  },
  guestDataRetentionDays: String(r.guestDataRetentionDays),
});

const sameFormFields = (a: Registry, b: Registry) =>
  JSON.stringify(draftFrom(a)) === JSON.stringify(draftFrom(b)) && JSON.stringify(a.headerImage) === JSON.stringify(b.headerImage);

/** Giving settings as the API takes them: trimmed, the IBAN in its electronic form, empty fields as null, and null when all are. */
function givingFrom(draft: GivingDraft): UpdateRegistryInput['giving'] {
  const text = (value: string) => value.trim() || null;
  const giving = {
    instructions: text(draft.instructions),
    accountHolder: text(draft.accountHolder),
    iban: checkIban(draft.iban)?.electronic ?? null,
    bic: text(draft.bic.replace(/\s+/g, '').toUpperCase()),
    paymentLinkTemplate: text(draft.paymentLinkTemplate),
  };
  return Object.values(giving).every((value) => value === null) ? null : giving;
}

/** The PATCH body: only what differs from the version being edited, so a re-apply after a 412 touches nothing else. */
function changesFrom(base: Registry, draft: Draft): UpdateRegistryInput {
  const edited: UpdateRegistryInput = {
    title: draft.title.trim(),
    coupleNames: draft.coupleNames.trim(),
    slug: draft.slug.trim(),
    eventDate: draft.eventDate || null,
    welcomeMessage: draft.welcomeMessage,
    currency: draft.currency,
    timeZone: draft.timeZone,
    language: draft.language,
    visibility: draft.visibility,
    surpriseMode: draft.surpriseMode,
    revealDate: draft.surpriseMode ? draft.revealDate || null : undefined,
    guestsConfirmByEmail: draft.guestsConfirmByEmail,
    remindersEnabled: draft.remindersEnabled,
    theme: draft.theme,
    giving: givingFrom(draft.giving),
    // As typed: the API says what is wrong with 10, 40.5 or nothing at all, beside the field.
    guestDataRetentionDays: Number(draft.guestDataRetentionDays),
  };
  const changes = changedFields({ ...base, giving: base.giving ?? null } as UpdateRegistryInput, edited);
  // A password is only ever sent, never read back: any text typed is a change.
  if (draft.visibility === 'password' && draft.password) changes.password = draft.password;
  return changes;
}

/** How the form names each field, in the dashboard's language. */
const labelsIn = (t: Translate): Record<keyof UpdateRegistryInput, string> => ({
  title: t('dashboard:registry.title'),
  coupleNames: t('dashboard:registry.names'),
  slug: t('dashboard:registry.slug'),
  eventDate: t('dashboard:registry.event-date'),
  welcomeMessage: t('dashboard:settings.welcome-message'),
  currency: t('dashboard:registry.currency'),
  visibility: t('dashboard:settings.visibility'),
  password: t('dashboard:settings.password'),
  surpriseMode: t('dashboard:settings.surprise-mode'),
  revealDate: t('dashboard:settings.reveal-date'),
  guestsConfirmByEmail: t('dashboard:settings.guests-confirm'),
  remindersEnabled: t('dashboard:settings.reminders'),
  theme: t('dashboard:theme.legend'),
  timeZone: t('dashboard:settings.time-zone'),
  language: t('dashboard:settings.language'),
  giving: t('dashboard:settings.giving'),
  guestDataRetentionDays: t('dashboard:settings.retention'),
});

/** How a refused field is named in its error message: as the form labels it (the giving fields' labels are theirs). */
const errorLabelsIn = (t: Translate, labels: Record<keyof UpdateRegistryInput, string>): FieldLabels => ({
  ...labels,
  password: { label: t('dashboard:settings.password-for-guests'), messages: { required: t('dashboard:settings.password-required') } },
  revealDate: { label: labels.revealDate, messages: { required: t('dashboard:settings.reveal-date-required') } },
  'giving.accountHolder': t('dashboard:settings.giving.account-holder'),
  'giving.iban': 'IBAN',
  'giving.bic': 'BIC',
  'giving.paymentLinkTemplate': t('dashboard:settings.giving.payment-link'),
  'giving.instructions': t('dashboard:settings.giving.instructions'),
});

interface Conflict {
  current: Registry;
  changes: UpdateRegistryInput;
}

/** What the theme preview shows while the form is edited: the unsaved names and theme. */
export type ThemePreviewFields = Pick<Registry, 'theme' | 'title' | 'coupleNames' | 'eventDate' | 'welcomeMessage' | 'headerImage' | 'currency' | 'slug'>;

interface RegistrySettingsFormProps {
  registry: Registry;
  /** Renders the live preview of the guest page beside the theme picker (the route composes it from the gift list's components). */
  themePreview?: (fields: ThemePreviewFields) => ReactNode;
}

export function RegistrySettingsForm({ registry, themePreview }: RegistrySettingsFormProps) {
  const t = useT('dashboard');
  const LABELS = labelsIn(t);
  const ERROR_LABELS = errorLabelsIn(t, LABELS);
  const [base, setBase] = useState(registry);
  const [draft, setDraft] = useState(() => draftFrom(registry));
  // A newer version that changed nothing this form edits (an owner's notice preference, say) becomes the base
  // at once: the edits in progress still apply to it, and saving them then needs no 412 round.
  const [seen, setSeen] = useState(registry);
  if (registry !== seen) {
    setSeen(registry);
    if (registry.version > base.version && sameFormFields(registry, base)) setBase(registry);
  }
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useUpdateRegistry(registry.id);
  const headerImage = useHeaderImage(registry.id);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const apiErrors = formErrorsFrom(isApiProblem(update.error, 'precondition-failed') ? null : update.error, ERROR_LABELS);
  const errors = { ...apiErrors, fields: { ...apiErrors.fields, ...localErrors } };
  // Typed but not saved: leaving the page asks first.
  useUnsavedChangesWarning(Object.keys(changesFrom(base, draft)).length > 0 && !update.isPending);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  function save(changes: UpdateRegistryInput, etag: string) {
    update.mutate(
      { changes, etag },
      {
        onSuccess: (fresh) => {
          setBase(fresh);
          setDraft(draftFrom(fresh));
          setConflict(null);
          setSaved(true);
        },
        onError: (error) => {
          if (isApiProblem(error, 'precondition-failed')) void showConflict(changes);
        },
      },
    );
  }

  /** Loads the version that won, to show it next to the change that was refused. */
  async function showConflict(changes: UpdateRegistryInput) {
    setConflict({ current: await getRegistry(registry.id), changes });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = givingProblems(draft.giving, t);
    // Names hidden with no end are what a missing date would mean: the API refuses it too.
    if (draft.surpriseMode && !draft.revealDate) problems.revealDate = fieldMessage({ code: 'required', detail: '' }, ERROR_LABELS.revealDate);
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    const changes = changesFrom(base, draft);
    if (Object.keys(changes).length === 0) return setSaved(true);
    save(changes, base.etag);
  }

  function changeHeaderImage(file: File | null) {
    headerImage.mutate(file, {
      // The upload made a new version: edits in progress now apply on top of it, not against it.
      onSuccess: (fresh) => setBase((b) => ({ ...b, headerImage: fresh.headerImage, etag: fresh.etag, version: fresh.version })),
    });
  }

  function discardMine(current: Registry) {
    setBase(current);
    setDraft(draftFrom(current));
    setConflict(null);
  }

  return (
    <form className="form settings-form" onSubmit={submit} noValidate>
      {conflict && (
        <ConflictNotice
          rows={Object.entries(conflict.changes).map(([key, mine]) => ({
            label: LABELS[key as keyof UpdateRegistryInput],
            mine: key === 'password' ? t('dashboard:settings.new-password-row') : describeValue(mine),
            current: key === 'password' ? '' : describeValue(conflict.current[key as keyof Registry]),
          }))}
          busy={update.isPending}
          onReapply={() => save(conflict.changes, conflict.current.etag)}
          onDiscard={() => discardMine(conflict.current)}
        />
      )}
      {errors.summary && <Alert>{errors.summary}</Alert>}

      <fieldset>
        <legend>{t('dashboard:settings.about')}</legend>
        <TextField
          label={LABELS.coupleNames}
          value={draft.coupleNames}
          onChange={(e) => set('coupleNames', e.target.value)}
          maxLength={120}
          error={errors.fields.coupleNames}
        />
        <TextField label={LABELS.title} value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={120} error={errors.fields.title} />
        <TextField
          label={LABELS.eventDate}
          type="date"
          value={draft.eventDate}
          onChange={(e) => set('eventDate', e.target.value)}
          error={errors.fields.eventDate}
        />
        <TextAreaField
          label={LABELS.welcomeMessage}
          value={draft.welcomeMessage}
          onChange={(e) => set('welcomeMessage', e.target.value)}
          maxLength={4000}
          rows={5}
          error={errors.fields.welcomeMessage}
        />
      </fieldset>

      <fieldset>
        <legend>{t('dashboard:settings.address')}</legend>
        <TextField
          label={LABELS.slug}
          value={draft.slug}
          onChange={(e) => set('slug', e.target.value.toLowerCase())}
          hint={t('dashboard:settings.slug-hint')}
          error={errors.fields.slug}
        />
        <SelectField
          label={LABELS.visibility}
          value={draft.visibility}
          onChange={(e) => set('visibility', e.target.value as Draft['visibility'])}
          error={errors.fields.visibility}
        >
          {(['public', 'unlisted', 'password'] as const).map((value) => (
            <option key={value} value={value}>
              {t('dashboard:settings.visibility.choice', { value })}
            </option>
          ))}
        </SelectField>
        {draft.visibility === 'password' && base.visibility === 'password' && (
          // Only a hash is kept, so there is nothing to show: say that one is set, and offer a new one.
          <p className="field-hint password-set">{t('dashboard:settings.password-set')}</p>
        )}
        {draft.visibility === 'password' && (
          <TextField
            label={base.visibility === 'password' ? t('dashboard:settings.new-password') : t('dashboard:settings.password-for-guests')}
            type="password"
            autoComplete="new-password"
            minLength={4}
            maxLength={200}
            value={draft.password}
            onChange={(e) => set('password', e.target.value)}
            error={errors.fields.password}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>{LABELS.surpriseMode}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.surpriseMode} onChange={(e) => set('surpriseMode', e.target.checked)} />
          {t('dashboard:settings.surprise-hide')}
        </label>
        {draft.surpriseMode && (
          <TextField
            label={LABELS.revealDate}
            type="date"
            required
            value={draft.revealDate}
            onChange={(e) => {
              set('revealDate', e.target.value);
              setLocalErrors(({ revealDate: _fixed, ...rest }) => rest);
            }}
            hint={t('dashboard:settings.reveal-date-hint')}
            error={errors.fields.revealDate}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>{t('dashboard:tabs.reservations')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.guestsConfirmByEmail}
            onChange={(e) => set('guestsConfirmByEmail', e.target.checked)}
            aria-describedby="guests-confirm-hint"
          />
          {LABELS.guestsConfirmByEmail}
        </label>
        <p id="guests-confirm-hint" className="field-hint">
          {t('dashboard:settings.guests-confirm-hint')}
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.remindersEnabled}
            onChange={(e) => set('remindersEnabled', e.target.checked)}
            aria-describedby="reminders-hint"
          />
          {LABELS.remindersEnabled}
        </label>
        <p id="reminders-hint" className="field-hint">
          {t('dashboard:settings.reminders-hint')}
        </p>
      </fieldset>

      <GuestDataRetentionFields
        days={draft.guestDataRetentionDays}
        eventDate={draft.eventDate}
        erasedAt={base.guestDataErasedAt}
        onChange={(value) => set('guestDataRetentionDays', value)}
        error={errors.fields.guestDataRetentionDays}
      />

      <GivingFields
        draft={draft.giving}
        currency={draft.currency}
        onChange={(key, value) => {
          set('giving', { ...draft.giving, [key]: value });
          // A refused field is said again on the next save; while it is being fixed, the live check speaks.
          setLocalErrors(({ [`giving.${key}`]: _fixed, ...rest }) => rest);
        }}
        errors={errors.fields}
      />

      <fieldset>
        <legend>{t('dashboard:settings.look')}</legend>
        <ImagePicker
          label={t('dashboard:settings.header-image')}
          image={base.headerImage}
          file={headerImage.isPending ? headerImage.variables : null}
          busy={headerImage.isPending}
          progress={headerImage.progress}
          error={errorMessage(headerImage.error)}
          onChange={changeHeaderImage}
        />
        {/* The photo is uploaded as soon as it is chosen, unlike the fields, which wait for the Save button. */}
        <p className="field-hint" role="status">
          {headerImage.isPending
            ? t('dashboard:settings.header-image.uploading')
            : headerImage.isSuccess
              ? t('dashboard:settings.header-image.saved')
              : t('dashboard:settings.header-image.hint')}
        </p>
        <ThemePicker
          value={draft.theme}
          saved={base.theme}
          plan={base.plan}
          onChange={(theme) => set('theme', theme)}
          error={errors.fields.theme}
          preview={themePreview?.({
            theme: draft.theme,
            title: draft.title,
            coupleNames: draft.coupleNames,
            eventDate: draft.eventDate || null,
            welcomeMessage: draft.welcomeMessage,
            headerImage: base.headerImage,
            currency: draft.currency,
            slug: draft.slug,
          })}
        />
        <SelectField label={LABELS.currency} value={draft.currency} onChange={(e) => set('currency', e.target.value)} error={errors.fields.currency}>
          {[...new Set([draft.currency, ...CURRENCIES])].map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={LABELS.timeZone}
          hint={t('dashboard:settings.time-zone-hint')}
          value={draft.timeZone}
          onChange={(e) => set('timeZone', e.target.value)}
          error={errors.fields.timeZone}
        >
          {timeZoneChoices(draft.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={LABELS.language}
          hint={t('dashboard:settings.language-hint')}
          value={draft.language}
          onChange={(e) => isLanguage(e.target.value) && set('language', e.target.value)}
          error={errors.fields.language}
        >
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </SelectField>
      </fieldset>

      {/* Feedback where the person is looking: beside the button they just pressed, 1,000 px below the top of the form. */}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? t('dashboard:common.saving') : t('dashboard:settings.save')}
        </button>
        <p className="form-actions-status" role="status">
          {saved && !update.isPending
            ? t('dashboard:settings.saved')
            : Object.keys(errors.fields).length || errors.summary
              ? t('dashboard:settings.not-saved')
              : ''}
        </p>
      </div>
    </form>
  );
}

/** Every IANA zone this browser knows, UTC first, and the registry's own even if this browser does not list it. */
function timeZoneChoices(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...zones])];
}
