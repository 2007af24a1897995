import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { MediaFiles } from '../images/media-files';
import { RegistriesModule } from '../registries/registries.module';
import { AccountDataController } from './account-data.controller';
import { AccountDeletion } from './account-deletion.service';
import { AccountExport } from './account-export.service';

/** Data that leaves (issue 13): the account's export and its deletion. */
@Module({
  imports: [AccountsModule, RegistriesModule],
  controllers: [AccountDataController],
  providers: [AccountExport, AccountDeletion, MediaFiles],
})
export class AccountDataModule {}
