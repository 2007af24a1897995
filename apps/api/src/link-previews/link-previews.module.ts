import { Module } from '@nestjs/common';
import { GiftListModule } from '../gift-list/gift-list.module';
import { LinkPageCachePolicy } from './link-page.cache-policy';
import { LinkPageController } from './link-page.controller';
import { LinkPageService } from './link-page.service';
import { PageShell } from './page-shell';

/** The page people share (issue 14, §1): HTML with the list's link-preview meta. The worker's side is LinkPreviewMaker. */
@Module({
  imports: [GiftListModule],
  controllers: [LinkPageController],
  providers: [LinkPageService, LinkPageCachePolicy, PageShell],
})
export class LinkPreviewsModule {}
