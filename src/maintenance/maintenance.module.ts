import { DynamicModule, Module } from '@nestjs/common';
import { OptimizeDatabaseProcessor } from './jobs/optimize-database.processor';
import { MaintenanceController } from './maintenance.controller';
import { MaintenanceRepository } from './maintenance.repository';
import { MaintenanceService } from './maintenance.service';

@Module({})
export class MaintenanceModule {
  static forRoot(options: { http: boolean }): DynamicModule {
    return {
      module: MaintenanceModule,
      controllers: options.http ? [MaintenanceController] : [],
      providers: [MaintenanceRepository, MaintenanceService, OptimizeDatabaseProcessor],
    };
  }
}
