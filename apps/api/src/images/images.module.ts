import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { RegistriesModule } from '../registries/registries.module';
import { ImagesController } from './images.controller';
import { ImagesService } from './images.service';
import { MediaFiles } from './media-files';

/** The API side: owners upload and remove item and header images. */
@Module({
  imports: [RegistriesModule, ItemsModule],
  controllers: [ImagesController],
  providers: [ImagesService, MediaFiles],
})
export class ImagesModule {}
