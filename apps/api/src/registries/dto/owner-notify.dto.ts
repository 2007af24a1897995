import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OWNER_NOTIFY } from '../registry-owner.entity';
import type { OwnerNotify } from '../registry-owner.entity';

/** An owner's own settings on one registry; only their own. */
export class UpdateMyOwnershipDto {
  @ApiProperty({
    enum: OWNER_NOTIFY,
    description:
      "`each`: an e-mail for every new reservation and pledge (as before); `digest`: one e-mail a day (the registry's morning) listing the previous day's; `none`: no e-mail.",
  })
  @IsIn(OWNER_NOTIFY)
  notify!: OwnerNotify;
}
