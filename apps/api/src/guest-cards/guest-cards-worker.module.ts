import { Module } from '@nestjs/common';
import { GuestCardFiles } from './guest-card-files';
import { GuestCardsProcessor } from './guest-cards.processor';

/** The worker side: drawing the cards, and deleting the files of renders that were replaced or whose registry went. */
@Module({ providers: [GuestCardsProcessor, GuestCardFiles] })
export class GuestCardsWorkerModule {}
