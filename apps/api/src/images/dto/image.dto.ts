import { ApiProperty } from '@nestjs/swagger';
import { StoredImage, thumbnailName } from '../stored-image';

export class ImageThumbnailDto {
  @ApiProperty({ type: 'integer', example: 480 }) width!: number;
  @ApiProperty({ type: 'integer', example: 360 }) height!: number;
  @ApiProperty({ format: 'uri', example: 'https://whispergifts.com/media/3f0c9d2e8a7b4c1d9e6f5a4b3c2d1e0f-480.webp' }) webp!: string;
  @ApiProperty({ format: 'uri', example: 'https://whispergifts.com/media/3f0c9d2e8a7b4c1d9e6f5a4b3c2d1e0f-480.jpg' }) jpeg!: string;
}

/** An uploaded image, with the URLs to show it at. */
export class ImageDto {
  @ApiProperty({
    format: 'uri',
    description:
      'One URL to show the image at: the uploaded original until the thumbnails are ready, then the largest JPEG thumbnail ' +
      '(the original keeps the camera metadata, GPS included, so it is not offered once there is an alternative).',
  })
  url!: string;
  @ApiProperty({ type: 'integer', description: 'Width of the image at `url`, in pixels, upright.' }) width!: number;
  @ApiProperty({ type: 'integer', description: 'Height of the image at `url`, in pixels, upright.' }) height!: number;
  @ApiProperty({
    type: [ImageThumbnailDto],
    description:
      'Upright, metadata-free copies 160, 480, 800 and 1200 pixels wide (never wider than the original), narrowest first, for `srcset`. ' +
      'Empty for the few seconds until they are made.',
  })
  thumbnails!: ImageThumbnailDto[];
}

/** The API's view of a stored image: URLs under MEDIA_URL. */
export function imageDto(image: StoredImage | null, mediaUrl: string): ImageDto | null {
  if (!image) return null;
  const thumbnails = image.thumbnails.map(({ width, height }) => ({
    width,
    height,
    webp: `${mediaUrl}/${thumbnailName(image, width, 'webp')}`,
    jpeg: `${mediaUrl}/${thumbnailName(image, width, 'jpg')}`,
  }));
  const largest = thumbnails.at(-1);
  return largest
    ? { url: largest.jpeg, width: largest.width, height: largest.height, thumbnails }
    : { url: `${mediaUrl}/${image.original}`, width: image.width, height: image.height, thumbnails };
}
