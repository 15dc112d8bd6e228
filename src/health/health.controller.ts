import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/roles.decorator';
import { JobQueue } from '../jobs/job-queue.service';
import { HealthResponse } from './dto/health.response';

const CHECK_TIMEOUT_MS = 1500;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly jobs: JobQueue,
  ) {}

  /** 200 when the database and Redis answer; 503 naming what is down (the API keeps serving). */
  @Get()
  @Public()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const [db, redis] = await Promise.all([this.database(), this.jobs.ping(CHECK_TIMEOUT_MS)]);
    const body: HealthResponse = {
      status: db && redis ? 'ok' : 'error',
      db: db ? 'up' : 'down',
      redis: redis ? 'up' : 'down',
    };
    void reply.status(body.status === 'ok' ? 200 : 503);
    return body;
  }

  private async database(): Promise<boolean> {
    try {
      await this.health.check([() => this.typeorm.pingCheck('db', { timeout: CHECK_TIMEOUT_MS })]);
      return true;
    } catch {
      return false;
    }
  }
}
