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

const LABELS: Record<keyof UpdateRegistryInput, string> = {
  title: 'Title',
  coupleNames: 'Your names',
  slug: 'Address of the list',
  eventDate: 'Wedding date',
  welcomeMessage: 'Welcome message',
  currency: 'Currency of the price hints',
  visibility: 'Who can see it',
  password: 'Password',
  surpriseMode: 'Surprise mode',
  revealDate: 'Reveal date',
  guestsConfirmByEmail: 'Guests confirm reservations by e-mail',
  remindersEnabled: 'Remind guests to buy or release',
  theme: 'Theme',
  timeZone: 'Time zone',
  language: 'Language of the gift list',
  giving: 'Money gifts',
  guestDataRetentionDays: 'Keep guests’ details for (days after the wedding)',
};

/** How a refused field is named in its error message: as the form labels it (the giving fields' labels are theirs). */
const ERROR_LABELS: FieldLabels = {
  ...LABELS,
  password: { label: 'Password for guests', messages: { required: 'Please choose a password: only guests who have it can open the list.' } },
  revealDate: { label: 'Reveal date', messages: { required: 'Please choose a reveal date: names stay hidden until then.' } },
  'giving.accountHolder': 'Account holder',
  'giving.iban': 'IBAN',
  'giving.bic': 'BIC',
  'giving.paymentLinkTemplate': 'Payment link',
  'giving.instructions': 'Instructions for guests',
};

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
    const problems = givingProblems(draft.giving);
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
            mine: key === 'password' ? '(new password)' : describeValue(mine),
            current: key === 'password' ? '' : describeValue(conflict.current[key as keyof Registry]),
          }))}
          busy={update.isPending}
          onReapply={() => save(conflict.changes, conflict.current.etag)}
          onDiscard={() => discardMine(conflict.current)}
        />
      )}
      {errors.summary && <Alert>{errors.summary}</Alert>}

      <fieldset>
        <legend>About you</legend>
        <TextField
          label="Your names"
          value={draft.coupleNames}
          onChange={(e) => set('coupleNames', e.target.value)}
          maxLength={120}
          error={errors.fields.coupleNames}
        />
        <TextField label="Title" value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={120} error={errors.fields.title} />
        <TextField
          label="Wedding date"
          type="date"
          value={draft.eventDate}
          onChange={(e) => set('eventDate', e.target.value)}
          error={errors.fields.eventDate}
        />
        <TextAreaField
          label="Welcome message"
          value={draft.welcomeMessage}
          onChange={(e) => set('welcomeMessage', e.target.value)}
          maxLength={4000}
          rows={5}
          error={errors.fields.welcomeMessage}
        />
      </fieldset>

      <fieldset>
        <legend>Address and privacy</legend>
        <TextField
          label={LABELS.slug}
          value={draft.slug}
          onChange={(e) => set('slug', e.target.value.toLowerCase())}
          hint="Changing it breaks links you have already shared."
          error={errors.fields.slug}
        />
        <SelectField
          label="Who can see it"
          value={draft.visibility}
          onChange={(e) => set('visibility', e.target.value as Draft['visibility'])}
          error={errors.fields.visibility}
        >
          <option value="public">Anyone with the link</option>
          <option value="unlisted">Anyone with the link, never listed or indexed</option>
          <option value="password">Only guests with the password</option>
        </SelectField>
        {draft.visibility === 'password' && base.visibility === 'password' && (
          // Only a hash is kept, so there is nothing to show: say that one is set, and offer a new one.
          <p className="field-hint password-set">A password is set: guests type it to open the list. To change it, type a new one below.</p>
        )}
        {draft.visibility === 'password' && (
          <TextField
            label={base.visibility === 'password' ? 'New password (leave empty to keep the current one)' : 'Password for guests'}
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
        <legend>Surprise mode</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.surpriseMode} onChange={(e) => set('surpriseMode', e.target.checked)} />
          Hide who reserved what until the reveal date
        </label>
        {draft.surpriseMode && (
          <TextField
            label="Reveal date"
            type="date"
            required
            value={draft.revealDate}
            onChange={(e) => {
              set('revealDate', e.target.value);
              setLocalErrors(({ revealDate: _fixed, ...rest }) => rest);
            }}
            hint="Until then you see how many of each gift are reserved, not by whom. Turning surprise mode off keeps this date for next time."
            error={errors.fields.revealDate}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>Reservations</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.guestsConfirmByEmail}
            onChange={(e) => set('guestsConfirmByEmail', e.target.checked)}
            aria-describedby="guests-confirm-hint"
          />
          Guests confirm reservations by e-mail
        </label>
        <p id="guests-confirm-hint" className="field-hint">
          Each reservation waits for the guest to click a link we e-mail them and lapses after 30 minutes without it, so nobody can lock gifts with a made-up
          address.
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.remindersEnabled}
            onChange={(e) => set('remindersEnabled', e.target.checked)}
            aria-describedby="reminders-hint"
          />
          Remind guests to buy or release
        </label>
        <p id="reminders-hint" className="field-hint">
          A guest who hasn't said they bought their gift gets a friendly e-mail a while after reserving and again shortly before the wedding, with one click to
          mark it bought or release it for someone else. Never after the wedding.
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
        <legend>Look</legend>
        <ImagePicker
          label="Header image"
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
            ? 'Uploading the header image…'
            : headerImage.isSuccess
              ? 'Header image saved. Guests see it now.'
              : 'A new header image is saved as soon as you choose it.'}
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
          label="Time zone"
          hint="The tracker's exports and charts show dates in it."
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
          hint="Guests see the list and get their e-mails in it; each guest can still pick another."
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
          {update.isPending ? 'Saving…' : 'Save settings'}
        </button>
        <p className="form-actions-status" role="status">
          {saved && !update.isPending
            ? 'Saved.'
            : Object.keys(errors.fields).length || errors.summary
              ? 'Not saved: please check the fields marked above.'
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
