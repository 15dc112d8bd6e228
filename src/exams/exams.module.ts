import { Module } from '@nestjs/common';
import { TradesModule } from '../trades/trades.module';
import { QuestionsController } from './questions.controller';
import { QuestionsService } from './questions.service';

/** Online theory exams: so far the question bank (docs/exams.md). */
@Module({
  imports: [TradesModule],
  controllers: [QuestionsController],
  providers: [QuestionsService],
})
export class ExamsModule {}
