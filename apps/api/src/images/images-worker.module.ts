import { Module } from '@nestjs/common';
import { RegistriesModule } from '../registries/registries.module';
import { ImagesProcessor } from './images.processor';
import { MediaFiles } from './media-files';

/** The worker side: thumbnails, and deleting the files of replaced or removed images. */
@Module({
  imports: [RegistriesModule],
  providers: [ImagesProcessor, MediaFiles],
})
export class ImagesWorkerModule {}
