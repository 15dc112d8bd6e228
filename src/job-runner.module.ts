import { DynamicModule, Module } from '@nestjs/common';
import { CertificatesModule } from './certificates/certificates.module';
import { ConfigModule } from './config/config.module';
import { Environment } from './config/environment';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './jobs/queue.module';
import { JudgingModule } from './judging/judging.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { ResultsModule } from './results/results.module';
import { RegistrationsModule } from './registrations/registrations.module';

/** The job runner: no HTTP, only the job processors (start as many as the load needs). */
@Module({})
export class JobRunnerModule {
  static forRoot(env: Environment): DynamicModule {
    return {
      module: JobRunnerModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule.forRoot({ runMigrations: false }),
        QueueModule.forRoot({ processors: true, http: false }),
        RegistrationsModule.forRoot({ http: false }),
        JudgingModule.forRoot({ http: false }),
        ResultsModule.forRoot({ http: false }),
        CertificatesModule.forRoot({ http: false }),
        MaintenanceModule.forRoot({ http: false }),
      ],
    };
  }
}
