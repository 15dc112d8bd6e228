import type { DataSourceOptions } from 'typeorm';
import type { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';

/**
 * Migrations are classes TypeORM constructs itself, so the one that encrypts existing ID numbers
 * and phones finds its key through the data source's options, where buildDataSourceOptions puts a
 * provider of the same key the running service uses. A symbol: nothing in TypeORM or a driver
 * reads it, and spreading the options (as the Nest module and db:move do) keeps it.
 */
const PERSONAL_DATA_CIPHER = Symbol('personal-data cipher');

type WithCipher = { [PERSONAL_DATA_CIPHER]?: () => PersonalDataCipher };

export function withPersonalDataCipher<T extends DataSourceOptions>(
  options: T,
  provide: () => PersonalDataCipher,
): T {
  let cipher: PersonalDataCipher | undefined;
  // Resolved on first use only: a data source with nothing to convert never creates a key file.
  const once = () => (cipher ??= provide());
  return Object.assign(options, { [PERSONAL_DATA_CIPHER]: once });
}

export function personalDataCipherOf(options: DataSourceOptions): PersonalDataCipher {
  const provide = (options as WithCipher)[PERSONAL_DATA_CIPHER];
  if (!provide) {
    throw new Error(
      'This data source was built without the personal-data key (buildDataSourceOptions)',
    );
  }
  return provide();
}
