import { useState } from 'react';
import type { CreateItemInput, Item } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { ImagePicker } from '@/components/image-picker';
import { errorMessage, formErrorsFrom } from '@/lib/form-errors';
import { useCreateItem } from '../api/create-item';
import { useItemImage } from '../api/item-image';
import { ItemForm, itemFieldLabels } from './item-form';

/**
 * Adds a gift, with a photo if one is chosen: the item is created first (a photo needs an item id), then the photo is
 * uploaded to it. If the upload fails the gift stays added; the form says so beside the photo and offers to try
 * again (on the same item, never a second one) or to leave the gift without a photo.
 */
export function AddItem({ registryId, currency, categories }: { registryId: string; currency: string; categories: string[] }) {
  const create = useCreateItem(registryId);
  const image = useItemImage(registryId);
  const [photo, setPhoto] = useState<File | null>(null);
  // The gift that was added but whose photo did not upload.
  const [photoless, setPhotoless] = useState<Item | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  // A new key empties the form after each gift added.
  const [formKey, setFormKey] = useState(0);

  function done(message: string) {
    setAdded(message);
    setPhoto(null);
    setPhotoless(null);
    image.reset();
    setFormKey((k) => k + 1);
  }

  function upload(item: Item, file: File) {
    image.mutate({ itemId: item.id, file }, { onSuccess: () => done(`Added ${item.name} with its photo.`), onError: () => setPhotoless(item) });
  }

  function add(input: CreateItemInput) {
    setAdded(null);
    create.mutate(input, { onSuccess: (item) => (photo ? upload(item, photo) : done(`Added ${item.name}.`)) });
  }

  function choosePhoto(file: File | null) {
    if (!photoless) return setPhoto(file);
    // The gift exists: another photo goes up at once; removing the photo leaves the gift without one.
    if (!file) return done(`Added ${photoless.name} without a photo.`);
    setPhoto(file);
    upload(photoless, file);
  }

  const failure = photoless && image.isError ? `${photoless.name} is added, but its photo is not: ${errorMessage(image.error)}` : null;

  return (
    <section aria-labelledby="add-item-title" className="panel">
      <h2 id="add-item-title">Add a gift</h2>
      {added && <Alert tone="success">{added}</Alert>}
      <ItemForm
        key={formKey}
        currency={currency}
        categories={categories}
        errors={formErrorsFrom(create.error, itemFieldLabels(currency))}
        busy={create.isPending || image.isPending}
        submitLabel="Add gift"
        onSubmit={add}
        locked={photoless !== null}
        unsaved={photo !== null}
        photo={
          <ImagePicker
            label="Photo (optional)"
            image={null}
            file={photo}
            // Busy from the moment the gift is sent: the photo that goes up is the one shown.
            busy={image.isPending || (create.isPending && photo !== null)}
            progress={image.progress}
            error={failure}
            onChange={choosePhoto}
            actions={
              photoless &&
              photo && (
                <>
                  <button type="button" className="button button-small" onClick={() => upload(photoless, photo)}>
                    Try the photo again
                  </button>
                  <button type="button" className="button button-small" onClick={() => done(`Added ${photoless.name} without a photo.`)}>
                    Leave it without a photo
                  </button>
                </>
              )
            }
          />
        }
      />
    </section>
  );
}
