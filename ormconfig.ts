import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnvironment } from './src/config/environment';
import { buildDataSourceOptions } from './src/database/data-source-options';

/** The data source for the TypeORM CLI (`npm run migration:revert`), from the same environment as the app. */
export default new DataSource(buildDataSourceOptions(loadEnvironment(process.env)));
