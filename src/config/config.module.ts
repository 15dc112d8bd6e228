import { DynamicModule, Global, Module } from '@nestjs/common';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Environment, loadEnvironment } from './environment';
import { personalDataCipherFor } from './personal-data-key';

/** Provides the checked Environment to every module; tests pass their own. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Environment = loadEnvironment(process.env)): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: Environment, useValue: env },
        // ID numbers and phones at rest (docs/security.md): one key for every repository.
        { provide: PersonalDataCipher, useFactory: personalDataCipherFor, inject: [Environment] },
      ],
      exports: [Environment, PersonalDataCipher],
    };
  }
}
