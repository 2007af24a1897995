import { useId, type ChangeEvent } from 'react';
import type { Image } from '@whispergifts/api-client';
import { Alert } from './alert';
import { ResponsiveImage } from './responsive-image';

interface ImagePickerProps {
  label: string;
  image: Image | null;
  busy: boolean;
  error: string | null;
  /** A file to upload, or null to remove the current image. */
  onChange: (file: File | null) => void;
}

/** Shows the current image with buttons to replace or remove it. Uploads start as soon as a file is chosen. */
export function ImagePicker({ label, image, busy, error, onChange }: ImagePickerProps) {
  const id = useId();
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) onChange(file);
    // Choosing the same file again should upload again.
    event.target.value = '';
  }
  return (
    <div className="image-picker">
      <p className="image-picker-label">{label}</p>
      {image ? <ResponsiveImage image={image} sizes="16rem" className="image-picker-preview" /> : <p className="field-hint">No image yet.</p>}
      {error && <Alert>{error}</Alert>}
      <div className="button-row">
        <label className={`button button-small${busy ? ' is-busy' : ''}`} htmlFor={id}>
          {busy ? 'Uploading…' : image ? 'Replace image' : 'Upload image'}
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/heic"
          disabled={busy}
          onChange={choose}
        />
        {image && (
          <button type="button" className="button button-small" disabled={busy} onClick={() => onChange(null)}>
            Remove image
          </button>
        )}
      </div>
      <p className="field-hint">JPEG, PNG, WebP, AVIF or HEIC, up to 10 MB.</p>
    </div>
  );
}
