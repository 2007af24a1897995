import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ITEM_KINDS } from '../../items/item.entity';
import type { ItemKind } from '../../items/item.entity';
import { STARTER_IDEAS } from '../starter-ideas';

export class StarterIdeaDto {
  @ApiProperty({ example: 'kitchen.stand-mixer', description: 'Stable key (also of its words in a translation catalogue).' }) id!: string;
  @ApiProperty({ example: 'Stand mixer' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ITEM_KINDS }) kind!: ItemKind;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Suggested price hint, minor units of `currency`.' }) priceMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) priceMax!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "A fund's suggested target, minor units of `currency`." }) targetAmount!: number | null;
}

export class StarterListDto {
  @ApiProperty({ example: 'kitchen' }) id!: string;
  @ApiProperty({ example: 'Kitchen', description: 'Also the category the ideas are added under.' }) title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [StarterIdeaDto] }) ideas!: StarterIdeaDto[];
}

export class StarterIdeasDto {
  @ApiProperty({ example: 'EUR', description: 'The currency of the price hints; added to a list in another currency, the ideas come without them.' })
  currency!: string;
  @ApiProperty({ type: [StarterListDto] }) lists!: StarterListDto[];
}

export class AddStarterIdeasDto {
  @ApiProperty({ type: [String], example: ['kitchen.stand-mixer', 'honeymoon.fund'], maxItems: 50, description: 'Ids from GET /api/starter-ideas.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsIn([...STARTER_IDEAS.keys()], { each: true })
  ideaIds!: string[];
}
