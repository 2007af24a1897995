import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGE_CODES, type Language } from '@whispergifts/i18n';
import { IsIn, IsOptional } from 'class-validator';

/** The signed-in account's settings; send only what changes. */
export class UpdateMeDto {
  @ApiPropertyOptional({ enum: LANGUAGE_CODES, enumName: 'Language', description: 'ISO 639-1: the dashboard’s and this account’s e-mails’ language.' })
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  language?: Language;
}
