import { DynamicModule, Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { UnitsModule } from '../units/units.module';
import { UsersRepository } from '../users/users.repository';
import { WorkersRepository } from '../workers/workers.repository';
import { DrawService } from './draw.service';
import { FinalistsService } from './finalists.service';
import { RegistrationTransfers } from './transfers';
import { Enrolment } from './enrolment';
import { ImportRosterProcessor } from './jobs/import-roster.processor';
import { RegistrationsExport } from './registrations-export';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { RosterImportController } from './roster-import.controller';
import { RosterImportService } from './roster-import.service';
import { RosterImportsRepository } from './roster-imports.repository';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import { SelfRegistrationController } from './self-registration.controller';
import { SelfRegistrationRepository } from './self-registration.repository';
import { SelfRegistrationService } from './self-registration.service';

/**
 * One dynamic module per `http` flag: Nest tells dynamic modules apart by the object, so the
 * rounds module importing `forRoot({ http: true })` gets the application's instance, not a second
 * one declaring every route again.
 */
const instances = new Map<boolean, DynamicModule>();

/** Workers, registrations, roster imports, the draw, and the finalists advancement makes. */
@Module({})
export class RegistrationsModule {
  static forRoot(options: { http: boolean }): DynamicModule {
    const known = instances.get(options.http);
    if (known) return known;
    const module: DynamicModule = {
      module: RegistrationsModule,
      imports: [ContestsModule, UnitsModule],
      controllers: options.http
        ? [RegistrationsController, RosterImportController, SelfRegistrationController]
        : [],
      providers: [
        // Not UsersModule: it would also bring the first-organizer set-up into worker processes.
        UsersRepository,
        WorkersRepository,
        RegistrationsRepository,
        RosterImportsRepository,
        Enrolment,
        RegistrationTransfers,
        RegistrationsService,
        DrawService,
        RosterImportService,
        RegistrationsExport,
        ImportRosterProcessor,
        FinalistsService,
        SelfRegistrationRepository,
        SelfRegistrationService,
        ...(options.http ? [PublicLookupThrottlerGuard] : []),
      ],
      exports: [RegistrationsService, RegistrationsRepository, FinalistsService],
    };
    instances.set(options.http, module);
    return module;
  }
}
