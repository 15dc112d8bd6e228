import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcryptjs';
import { Environment } from '../config/environment';

@Injectable()
export class PasswordHasher {
  /** Compared against when the user name is unknown, so that a miss takes as long as a hit. */
  private readonly decoy: string;

  constructor(private readonly env: Environment) {
    this.decoy = bcrypt.hashSync('decoy-password', env.BCRYPT_ROUNDS);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.env.BCRYPT_ROUNDS);
  }

  verify(password: string, hash: string | null): Promise<boolean> {
    return bcrypt.compare(password, hash ?? this.decoy).then((ok) => ok && hash !== null);
  }
}
