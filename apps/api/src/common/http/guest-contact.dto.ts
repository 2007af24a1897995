import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';
import { NormalizeEmail, Optional, Trim } from './dto-helpers';
import { IsDeliverableEmail } from './validators';

/** Who a guest is and what they tell the couple: the same fields, rules and limits for a reservation and a pledge. */
export class GuestContactDto {
  @ApiProperty({ maxLength: 100, example: 'Aunt May', description: 'Your name, as the couple will see it.' })
  @Trim()
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ maxLength: 254, example: 'may@example.com', description: 'For the confirmation e-mail, with the undo link.' })
  @NormalizeEmail()
  @IsDeliverableEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A message to the couple.' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}
