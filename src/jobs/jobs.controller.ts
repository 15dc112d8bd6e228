import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { JobQueue, JobView } from './job-queue.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobQueue) {}

  /** State and progress of a queued job, by the jobId a 202 answer gave. */
  @Get(':jobId')
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  get(@Param('jobId') jobId: string): Promise<JobView> {
    return this.jobs.get(jobId);
  }
}
