import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module';
import { WorkersRepository } from '../workers/workers.repository';
import { RetentionController } from './retention.controller';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';

/** The retention period of personal data and the organizer's anonymisation after it. */
@Module({
  imports: [CompetitionsModule],
  controllers: [RetentionController],
  providers: [RetentionRepository, RetentionService, WorkersRepository],
})
export class RetentionModule {}
