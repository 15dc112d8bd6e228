import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { ResultsRepository } from './results.repository';

/** How often closed publication windows are looked for. */
export const PUBLICATION_SWEEP_MS = 60_000;

/**
 * Results become FINAL by themselves when the publication window closes with no objection open
 * (docs/results.md "Publication"). A timer in each process runs one idempotent statement; it needs no
 * Redis, so a queue outage cannot hold results back from becoming final.
 */
@Injectable()
export class PublicationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Publication');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly results: ResultsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), PUBLICATION_SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(now = new Date()): Promise<number[]> {
    try {
      const moved = await this.unitOfWork.exclusive(() => this.results.finalizeDue(now));
      if (moved.length > 0) this.logger.log(`results final: contests ${moved.join(', ')}`);
      return moved;
    } catch (error) {
      this.logger.warn(`sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }
}
