import { ApiProperty } from '@nestjs/swagger';

export class DomainDto {
  @ApiProperty({ example: 'gifts.ana-and-ben.com' }) host!: string;
  @ApiProperty({ description: 'The gift list this domain shows at /.' }) slug!: string;
}
