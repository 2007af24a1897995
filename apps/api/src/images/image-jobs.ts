import type { ImageTarget } from './image-rows';
import type { StoredImage } from './stored-image';

/**
 * Jobs of the images queue. `delete-files` is also written by the database trigger of migration 1763930000000, and
 * `link-preview` only by the trigger of migration 1764960000000.
 */
export const IMAGE_JOBS = { thumbnails: 'thumbnails', deleteFiles: 'delete-files', linkPreview: 'link-preview' } as const;

/** Written to the outbox with the upload: make this image's thumbnails, then record them on the target. */
export interface ThumbnailsJob {
  target: ImageTarget;
  image: StoredImage;
}

/** Written by the trigger when an image is replaced or removed, or its item or registry deleted. */
export interface DeleteFilesJob {
  image: StoredImage;
}

/** Written by the trigger when what a registry's link preview shows may have changed: make it again (or withdraw it). */
export interface LinkPreviewJob {
  registryId: string;
}
