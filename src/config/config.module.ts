import { DynamicModule, Global, Module } from '@nestjs/common';
import { Environment, loadEnvironment } from './environment';

/** Provides the checked Environment to every module; tests pass their own. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Environment = loadEnvironment(process.env)): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: Environment, useValue: env }],
      exports: [Environment],
    };
  }
}
