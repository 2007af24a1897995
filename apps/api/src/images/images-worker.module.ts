import { Module } from '@nestjs/common';
import { RegistriesModule } from '../registries/registries.module';
import { LinkPreviewMaker } from '../link-previews/link-preview-maker';
import { ImagesProcessor } from './images.processor';
import { MediaFiles } from './media-files';

/** The worker side: thumbnails, link previews, and deleting the files of replaced or removed images. */
@Module({
  imports: [RegistriesModule],
  providers: [ImagesProcessor, MediaFiles, LinkPreviewMaker],
})
export class ImagesWorkerModule {}
