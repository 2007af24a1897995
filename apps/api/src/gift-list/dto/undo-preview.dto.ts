import { ApiProperty } from '@nestjs/swagger';

/** The list a guest's undo link belongs to, for the page's way back to it. */
export class UndoPreviewRegistryDto {
  @ApiProperty({ example: 'ana-and-ben', description: 'The gift list is at /r/{slug}.' }) slug!: string;
  @ApiProperty({ example: 'Ana & Ben are getting married' }) title!: string;
  @ApiProperty({ example: 'Ana & Ben' }) coupleNames!: string;
}
