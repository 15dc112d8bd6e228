import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Environment } from '../config/environment';
import { buildDataSourceOptions, databaseKind } from './data-source-options';
import { runMigrationsExclusively } from './migrate';
import { UnitOfWork } from './unit-of-work';

export interface DatabaseModuleOptions {
  /** The API process migrates at start-up; a job runner expects an up-to-date schema. */
  runMigrations: boolean;
  /** Connection attempts before start-up fails (TypeORM waits 3 s between them). */
  retryAttempts?: number;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => {
            new Logger('Database').log(
              databaseKind(env) === 'sqlite'
                ? 'Using SQLite in DATA_DIR'
                : 'Using PostgreSQL from DATABASE_URL',
            );
            return {
              ...buildDataSourceOptions(env),
              // Not TypeORM's migrationsRun: it takes no lock (see runMigrationsExclusively).
              migrationsRun: false,
              retryAttempts: options.retryAttempts ?? 3,
            };
          },
          dataSourceFactory: async (dataSourceOptions?: DataSourceOptions) => {
            const dataSource = new DataSource(dataSourceOptions!);
            await dataSource.initialize();
            // Deleted and overwritten content (a roster upload once imported, an anonymised
            // worker's ciphertexts, the clear columns the personal-data migration drops) is
            // zeroed in the file rather than left in free pages (docs/security.md).
            if (dataSource.options.type === 'sqlite')
              await dataSource.query('PRAGMA secure_delete = ON');
            if (options.runMigrations) {
              try {
                await runMigrationsExclusively(dataSource);
              } catch (error) {
                await dataSource.destroy();
                throw error;
              }
            }
            return dataSource;
          },
        }),
      ],
      providers: [UnitOfWork],
      exports: [UnitOfWork],
    };
  }
}
