import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth-decision';
import { PlansDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Public()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @ApiOperation({ summary: 'The plans', description: 'Each plan with its one-off price per registry and its limits, cheapest first.' })
  @Get()
  // Changes only with a deploy (configuration); a few minutes of sharing is harmless.
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ type: PlansDto })
  list(): PlansDto {
    return this.plans.list();
  }
}
