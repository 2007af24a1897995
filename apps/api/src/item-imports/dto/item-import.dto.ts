import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/http/dto-helpers';
import { ITEM_KINDS, PRIORITIES } from '../../items/item.entity';
import type { ItemKind, Priority } from '../../items/item.entity';
import { IMPORT_COLUMNS } from '../item-columns';

export class ItemImportQuery {
  @ApiPropertyOptional({
    type: Boolean,
    default: true,
    description: 'true (the default): check the file and answer the preview, writing nothing. false: add every row, or none if any row is invalid.',
  })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

/** One data row as it will be added (fields that could not be read are null; its problems are in `errors`). */
export class ImportRowDto {
  @ApiProperty({ type: 'integer', example: 2, description: 'The row number as the spreadsheet shows it (the header is row 1).' }) row!: number;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Minor units of the registry currency.' }) priceMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) priceMax!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: unlimited (or a money gift, which has no units).' }) quantity!: number | null;
  @ApiProperty({ enum: ITEM_KINDS }) kind!: ItemKind;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Funds and group gifts: the target in minor units.' }) targetAmount!: number | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ enum: PRIORITIES }) priority!: Priority;
  @ApiProperty({ description: 'Whether the row has no errors.' }) valid!: boolean;
}

export class ImportErrorDto {
  @ApiProperty({ type: 'integer', example: 3 }) row!: number;
  @ApiProperty({ enum: IMPORT_COLUMNS, example: 'price min' }) column!: string;
  @ApiProperty({ example: 'not-a-number', description: 'A field error code (see FieldErrorCode), stable for programs.' }) code!: string;
  @ApiProperty({ example: 'price min must be an amount such as 49.90 or 49,90 (got "abc").', description: 'For people, in English.' })
  message!: string;
}

export class ItemImportDto {
  @ApiProperty({ type: [ImportRowDto] }) rows!: ImportRowDto[];
  @ApiProperty({ type: [ImportErrorDto] }) errors!: ImportErrorDto[];
  @ApiProperty({ type: 'integer', description: 'Items added: 0 on a dry run, every row on a commit.' }) created!: number;
}
