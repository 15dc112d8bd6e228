import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { CampaignFiguresModule } from './rounds/campaign-figures.module';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { RateLimitModule } from './common/http/redis-rate-limiter.module';
import { CompetitionsModule } from './competitions/competitions.module';
import { CertificatesModule } from './certificates/certificates.module';
import { ConfigModule } from './config/config.module';
import { Environment } from './config/environment';
import { ContestsModule } from './contests/contests.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatabaseModule } from './database/database.module';
import { ExamsModule } from './exams/exams.module';
import { HealthModule } from './health/health.module';
import { QueueModule } from './jobs/queue.module';
import { JudgingModule } from './judging/judging.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { ResultsModule } from './results/results.module';
import { RegistrationsModule } from './registrations/registrations.module';
import { RetentionModule } from './retention/retention.module';
import { RoundsModule } from './rounds/rounds.module';
import { TradesModule } from './trades/trades.module';
import { UnitsModule } from './units/units.module';
import { UsersModule } from './users/users.module';

export interface AppModuleOptions {
  /** Connection attempts before start-up fails (tests: 0, to fail fast). */
  databaseRetryAttempts?: number;
}

/** The API process: HTTP routes, migrations at start-up, and (by default) the job processors. */
@Module({})
export class AppModule {
  static forRoot(env: Environment, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule.forRoot({
          runMigrations: true,
          retryAttempts: options.databaseRetryAttempts,
        }),
        QueueModule.forRoot({ processors: env.QUEUE_PROCESSORS_IN_API, http: true }),
        RateLimitModule,
        HealthModule,
        UsersModule,
        AuthModule,
        UnitsModule,
        TradesModule,
        CompetitionsModule,
        ContestsModule,
        RegistrationsModule.forRoot({ http: true }),
        JudgingModule.forRoot({ http: true }),
        ResultsModule.forRoot({ http: true }),
        RoundsModule,
        CampaignFiguresModule,
        CertificatesModule.forRoot({ http: true }),
        MaintenanceModule.forRoot({ http: true }),
        DashboardModule,
        RetentionModule,
        ExamsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
