import { DataSource } from 'typeorm';
import { restrictNewFiles } from '../common/private-files';
import { EnvironmentError, loadEnvironment } from '../config/environment';
import { buildDataSourceOptions, databaseKind } from '../database/data-source-options';
import { runMigrationsExclusively } from '../database/migrate';
import { Command, CommandExit } from './command';

/**
 * `migrate` (`npm run migrate`): runs the pending migrations with the service's own data source
 * (same environment: DATABASE_URL, DATA_DIR, PERSONAL_DATA_KEY for the migration that encrypts ID
 * numbers), under the same lock the API takes at start-up, so it may run while APIs start. The API
 * migrates by itself; this is for a job runner started before any API, or a deployment step.
 */
async function migrate(): Promise<number> {
  restrictNewFiles();
  const env = loadEnvironment(process.env);
  const dataSource = new DataSource(buildDataSourceOptions(env));
  await dataSource.initialize();
  try {
    // As the service: deleted content is zeroed in a SQLite file, not left in free pages.
    if (databaseKind(env) === 'sqlite') await dataSource.query('PRAGMA secure_delete = ON');
    const ran = await runMigrationsExclusively(dataSource);
    console.log(
      ran.length === 0
        ? 'The database schema is up to date: no migration to run'
        : `Ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
  return 0;
}

export const migrateCommand: Command = {
  summary: 'migrate                       run the pending database migrations',
  run: () =>
    migrate().catch((error: unknown) => {
      if (error instanceof EnvironmentError) throw new CommandExit(1, error.message);
      throw error;
    }),
};
