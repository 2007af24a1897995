import { useState, type ReactNode } from 'react';
import type { CreateItemInput, Item, ShopLinkSuggestion } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { ImagePicker } from '@/components/image-picker';
import { errorMessage, formErrorsFrom } from '@/lib/form-errors';
import { useCreateItem } from '../api/create-item';
import { formatMoney } from '@/lib/money';
import { useT, type Translate } from '@/lib/i18n';
import { useItemImage } from '../api/item-image';
import { useItemImageFromUrl } from '../api/item-image-from-url';
import { ItemForm, itemFieldLabels, type ItemPrefill } from './item-form';

interface AddItemProps {
  registryId: string;
  currency: string;
  categories: string[];
  /** What a shop link said (see features/shop-links): the form starts from it, for the couple to review. */
  suggestion?: ShopLinkSuggestion | null;
  /** The "paste a shop link" field, shown above the form. */
  linkField?: ReactNode;
  /** A gift was added (with or without its photo): the suggestion is used up. */
  onAdded?: () => void;
}

/** A suggestion's prices are used only in the registry's own currency; another one is shown, not converted. */
function prefillFrom(suggestion: ShopLinkSuggestion, currency: string): ItemPrefill {
  const sameCurrency = suggestion.currency === currency;
  return {
    name: suggestion.name,
    description: suggestion.description,
    url: suggestion.url,
    priceMin: sameCurrency ? suggestion.priceMin : null,
    priceMax: sameCurrency ? suggestion.priceMax : null,
  };
}

function suggestionNotes(t: Translate, suggestion: ShopLinkSuggestion, currency: string): string[] {
  const notes: string[] = [];
  if (suggestion.currency && suggestion.currency !== currency && suggestion.priceMin !== null) {
    const low = formatMoney(suggestion.priceMin, suggestion.currency);
    const high = suggestion.priceMax !== null && suggestion.priceMax !== suggestion.priceMin ? `–${formatMoney(suggestion.priceMax, suggestion.currency)}` : '';
    notes.push(t('gifts:add.shop-currency', { price: `${low}${high}`, currency }));
  }
  if (suggestion.availability === 'out-of-stock') notes.push(t('gifts:add.shop-out-of-stock'));
  if (!suggestion.name) notes.push(t('gifts:add.shop-no-name'));
  return notes;
}

/**
 * Adds a gift, with a photo if one is chosen: the item is created first (a photo needs an item id), then the photo is
 * uploaded to it. If the upload fails the gift stays added; the form says so beside the photo and offers to try
 * again (on the same item, never a second one) or to leave the gift without a photo.
 */
export function AddItem({ registryId, currency, categories, suggestion = null, linkField, onAdded }: AddItemProps) {
  const t = useT('gifts');
  const create = useCreateItem(registryId);
  const image = useItemImage(registryId);
  const shopImage = useItemImageFromUrl(registryId);
  // The shop's photo is used unless the couple chooses their own or unticks it.
  const [useShopPhoto, setUseShopPhoto] = useState(true);
  const shopPhoto = suggestion?.imageUrl && useShopPhoto ? suggestion.imageUrl : null;
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
    setUseShopPhoto(true);
    onAdded?.();
  }

  function upload(item: Item, file: File) {
    image.mutate({ itemId: item.id, file }, { onSuccess: () => done(t('gifts:add.added-with-photo', { name: item.name })), onError: () => setPhotoless(item) });
  }

  function fetchShopPhoto(item: Item, url: string) {
    shopImage.mutate(
      { itemId: item.id, url },
      {
        onSuccess: () => done(t('gifts:add.added-with-shop-photo', { name: item.name })),
        onError: () => done(t('gifts:add.added-shop-photo-failed', { name: item.name })),
      },
    );
  }

  function add(input: CreateItemInput) {
    setAdded(null);
    create.mutate(input, {
      onSuccess: (item) => (photo ? upload(item, photo) : shopPhoto ? fetchShopPhoto(item, shopPhoto) : done(t('gifts:add.added', { name: item.name }))),
    });
  }

  function choosePhoto(file: File | null) {
    if (!photoless) return setPhoto(file);
    // The gift exists: another photo goes up at once; removing the photo leaves the gift without one.
    if (!file) return done(t('gifts:add.added-without-photo', { name: photoless.name }));
    setPhoto(file);
    upload(photoless, file);
  }

  const failure = photoless && image.isError ? t('gifts:add.photo-failed', { name: photoless.name, reason: errorMessage(image.error) ?? '' }) : null;

  return (
    <section aria-labelledby="add-item-title" className="panel">
      <h2 id="add-item-title">{t('gifts:add.title')}</h2>
      {added && <Alert tone="success">{added}</Alert>}
      {linkField}
      {suggestion &&
        suggestionNotes(t, suggestion, currency).map((note) => (
          <p key={note} className="field-hint">
            {note}
          </p>
        ))}
      <ItemForm
        // A new suggestion starts the form again from it.
        key={`${formKey}:${suggestion?.url ?? ''}`}
        prefill={suggestion ? prefillFrom(suggestion, currency) : undefined}
        currency={currency}
        categories={categories}
        errors={formErrorsFrom(create.error, itemFieldLabels(t, currency))}
        busy={create.isPending || image.isPending || shopImage.isPending}
        submitLabel={t('gifts:add.submit')}
        onSubmit={add}
        locked={photoless !== null}
        unsaved={photo !== null}
        photo={
          <>
            {suggestion?.imageUrl && !photo && (
              <label className="checkbox">
                <input type="checkbox" checked={useShopPhoto} onChange={(e) => setUseShopPhoto(e.target.checked)} />
                {t('gifts:add.use-shop-photo')}
              </label>
            )}
            <ImagePicker
              label={t('gifts:add.photo-label')}
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
                      {t('gifts:add.photo-retry')}
                    </button>
                    <button type="button" className="button button-small" onClick={() => done(t('gifts:add.added-without-photo', { name: photoless.name }))}>
                      {t('gifts:add.photo-skip')}
                    </button>
                  </>
                )
              }
            />
          </>
        }
      />
    </section>
  );
}
