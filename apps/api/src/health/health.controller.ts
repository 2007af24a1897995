import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth-decision';
import { ProblemException } from '../common/problem/problem';
import { ApiProblems } from '../common/problem/problem.dto';
import { HealthService } from './health.service';

class LivenessDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

class ReadinessChecksDto {
  @ApiProperty({ example: 'ok', description: '"ok" or what went wrong' }) postgres!: string;
  @ApiProperty({ example: 'ok', description: '"ok" or what went wrong' }) redis!: string;
}

class ReadinessDto {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
  @ApiProperty({ type: ReadinessChecksDto }) checks!: ReadinessChecksDto;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @ApiOperation({ summary: 'Liveness' })
  @Get()
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: LivenessDto, description: 'The process is up.' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis answer' })
  @Get('ready')
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: ReadinessDto, description: 'PostgreSQL and Redis answer.' })
  @ApiProblems(503)
  async ready(): Promise<ReadinessDto> {
    const checks = await this.health.readiness();
    const failed = Object.entries(checks).filter(([, result]) => result !== 'ok');
    if (failed.length) {
      throw new ProblemException(503, 'service-unavailable', `Not ready: ${failed.map(([name, result]) => `${name} (${result})`).join(', ')}.`, { checks });
    }
    return { status: 'ok', checks };
  }
}
