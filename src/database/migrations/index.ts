import { InitialSetup1764090000000 } from './1764090000000-initial-setup';
import { SeedTrades1764090000001 } from './1764090000001-seed-trades';
import { Registration1764090000002 } from './1764090000002-registration';
import { Judging1764090000003 } from './1764090000003-judging';
import { Results1764090000004 } from './1764090000004-results';
import { Certificates1764090000005 } from './1764090000005-certificates';
import { ScoreIndexes1764090000006 } from './1764090000006-score-indexes';
import { TokenRevocation1764090000007 } from './1764090000007-token-revocation';
import { CertificateRequests1764090000008 } from './1764090000008-certificate-requests';
import { PersonalDataAtRest1764090000009 } from './1764090000009-personal-data-at-rest';
import { TransferRequests1764090000010 } from './1764090000010-transfer-requests';
import { Rounds1764090000011 } from './1764090000011-rounds';
import { Finalists1764090000012 } from './1764090000012-finalists';
import { CarriedParts1764090000013 } from './1764090000013-carried-parts';
import { GrantChanges1764090000014 } from './1764090000014-grant-changes';
import { Questions1764090000015 } from './1764090000015-questions';

/** Every migration, in order. The app and the TypeORM CLI (ormconfig.ts) both run this list. */
export const MIGRATIONS = [
  InitialSetup1764090000000,
  SeedTrades1764090000001,
  Registration1764090000002,
  Judging1764090000003,
  Results1764090000004,
  Certificates1764090000005,
  ScoreIndexes1764090000006,
  TokenRevocation1764090000007,
  CertificateRequests1764090000008,
  PersonalDataAtRest1764090000009,
  TransferRequests1764090000010,
  Rounds1764090000011,
  Finalists1764090000012,
  CarriedParts1764090000013,
  GrantChanges1764090000014,
  Questions1764090000015,
];
