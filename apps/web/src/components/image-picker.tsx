import { useEffect, useId, useState, type ChangeEvent, type ReactNode } from 'react';
import type { Image } from '@whispergifts/api-client';
import { i18n } from '@lingui/core';
import { currentLocale } from '@/lib/i18n/language';
import { useT } from '@/lib/i18n';
import { ResponsiveImage } from './responsive-image';

/**
 * What the API takes (openapi.yaml, `PUT …/image`): a JPEG, PNG, WebP, AVIF or HEIC image of at most
 * UPLOAD_LIMIT_BYTES, 10 MB by default. The API reads the format from the content and stays the judge; checking here
 * only saves sending 10 MB to be told no.
 */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/heic'];
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
const megabytes = (bytes: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/** Why a chosen file cannot be uploaded, or null when it may go (in the active language: `common` is always loaded). */
export function imageFileProblem(file: File): string | null {
  // Some systems give a HEIC photo no type at all; its name says what it is.
  const type = file.type || (/\.heic$/i.test(file.name) ? 'image/heic' : '');
  if (!IMAGE_TYPES.includes(type)) return i18n._('common:image.not-a-photo', { name: file.name });
  if (file.size > IMAGE_MAX_BYTES) return i18n._('common:image.too-big', { name: file.name, size: megabytes(file.size) });
  return null;
}

/** A `blob:` address to show a file from the device, revoked as soon as the file changes or is no longer shown. */
function useObjectUrl(file: Blob | null): string | null {
  const [shown, setShown] = useState<{ file: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!file) return;
    const url = URL.createObjectURL(file);
    setShown({ file, url });
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return shown && shown.file === file ? shown.url : null;
}

interface ImagePickerProps {
  label: string;
  /** The saved image. */
  image: Image | null;
  /** A chosen file that is not saved yet (uploading, or waiting for its item): shown from the device at once. */
  file?: Blob | null;
  /** An upload is under way. */
  busy: boolean;
  /** The fraction of the file sent (0 to 1), or null until the first bytes are counted: the bar is indeterminate. */
  progress?: number | null;
  error: string | null;
  /** A file to upload (already checked against the API's limits), or null to remove the image. */
  onChange: (file: File | null) => void;
  /** What can be done about the error, shown beside it (try again, leave it). */
  actions?: ReactNode;
}

/**
 * A photo field: the current image (or the chosen file, from the device) with buttons to choose, replace or remove
 * it. A file the API would refuse (type, size) is refused here at once, before any request. What a choice does is
 * the caller's: upload it now (an existing item) or keep it until the item exists (a new one).
 */
export function ImagePicker({ label, image, file = null, busy, progress = null, error, onChange, actions }: ImagePickerProps) {
  const t = useT('common');
  const id = useId();
  const [refused, setRefused] = useState<string | null>(null);
  const preview = useObjectUrl(file);
  const message = refused ?? error;
  const has = Boolean(file ?? image);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    // Choosing the same file again should upload again.
    event.target.value = '';
    if (!chosen) return;
    const problem = imageFileProblem(chosen);
    setRefused(problem);
    if (!problem) onChange(chosen);
  }

  function remove() {
    setRefused(null);
    onChange(null);
  }

  return (
    <div className="image-picker" role="group" aria-labelledby={`${id}-label`}>
      <p className="image-picker-label" id={`${id}-label`}>
        {label}
      </p>
      {file ? (
        preview && <img src={preview} alt={t('common:image.chosen-alt')} className="image-picker-preview" />
      ) : image ? (
        <ResponsiveImage image={image} sizes="16rem" className="image-picker-preview" />
      ) : (
        <p className="field-hint">{t('common:image.none')}</p>
      )}
      {busy && <UploadProgress fraction={progress} />}
      <div className="button-row">
        <label className={`button button-small${busy ? ' is-busy' : ''}`} htmlFor={id}>
          {busy ? t('common:image.uploading') : has ? t('common:image.replace') : t('common:image.upload')}
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept={IMAGE_TYPES.join(',')}
          disabled={busy}
          aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={message ? true : undefined}
          onChange={choose}
        />
        {has && (
          <button type="button" className="button button-small" disabled={busy} onClick={remove}>
            {t('common:image.remove')}
          </button>
        )}
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {t('common:image.hint')}
      </p>
      {message && (
        <div className="image-picker-error" role="alert">
          <div id={`${id}-error`}>
            {refused && <p className="field-error">{refused}</p>}
            {error && <p className="field-error">{error}</p>}
          </div>
          {error && actions && <div className="button-row">{actions}</div>}
        </div>
      )}
    </div>
  );
}

/**
 * The upload's bar: indeterminate until the first bytes are counted, then how much has gone out, as a bar and as
 * text ("45%"). A native <progress> is a progressbar to assistive technology with its value as a percentage.
 */
function UploadProgress({ fraction }: { fraction: number | null }) {
  const t = useT('common');
  if (fraction === null) return <progress className="image-picker-progress" aria-label={t('common:image.progress')} />;
  const percent = Math.round(fraction * 100);
  return (
    <div className="image-picker-progress-row">
      <progress
        className="image-picker-progress"
        aria-label={t('common:image.progress')}
        max={100}
        value={percent}
        aria-valuetext={t('common:image.sent', { percent })}
      />
      <span className="image-picker-percent" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
