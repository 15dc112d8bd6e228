import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Environment } from '../config/environment';
import { BcryptWorkerPool } from './bcrypt-worker-pool';

/** bcrypt hashes, computed off the event loop (BcryptWorkerPool). */
@Injectable()
export class PasswordHasher implements OnModuleInit, OnModuleDestroy {
  private readonly pool = new BcryptWorkerPool();
  /**
   * Compared against when the user name is unknown, so that a miss takes as long as a hit: same
   * cost as real hashes, made at start-up so that not even the first miss is slower.
   */
  private decoy: Promise<string> | null = null;

  constructor(private readonly env: Environment) {}

  async onModuleInit(): Promise<void> {
    await this.decoyHash();
  }

  hash(password: string): Promise<string> {
    return this.pool.hash(password, this.env.BCRYPT_ROUNDS);
  }

  async verify(password: string, hash: string | null): Promise<boolean> {
    const ok = await this.pool.compare(password, hash ?? (await this.decoyHash()));
    return ok && hash !== null;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= this.hash('decoy-password');
    return this.decoy;
  }
}
