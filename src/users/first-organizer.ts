import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import { holdStartupLock } from '../database/migrate';
import { UnitOfWork } from '../database/unit-of-work';
import { PasswordHasher } from './password-hasher';
import { UsersRepository } from './users.repository';

/**
 * At the first start (no user at all) creates the first organizer from ADMIN_USERNAME /
 * ADMIN_PASSWORD. Without ADMIN_PASSWORD a random one is written to DATA_DIR/initial-admin-password
 * (mode 0600) — its path is logged, never the password. Later starts change nothing.
 */
@Injectable()
export class FirstOrganizer implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstOrganizer');

  constructor(
    private readonly env: Environment,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const username = this.env.ADMIN_USERNAME ?? 'admin';
    const password = this.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    const created = await this.unitOfWork.run(async (manager) => {
      // API processes starting together on an empty database: one at a time past this point.
      await holdStartupLock(manager);
      if ((await this.users.count(manager)) > 0) return false; // another process was first
      await this.users.insert(manager, {
        username,
        passwordHash,
        displayName: '管理员',
        role: 'ORGANIZER',
        unitId: null,
        active: true,
        createdAt: new Date(),
      });
      return true;
    });
    if (!created) return;
    if (this.env.ADMIN_PASSWORD) {
      this.logger.log(
        `Created the first organizer "${username}" from ADMIN_USERNAME / ADMIN_PASSWORD`,
      );
      return;
    }
    mkdirSync(this.env.DATA_DIR, { recursive: true });
    const file = join(this.env.DATA_DIR, 'initial-admin-password');
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    this.logger.warn(`Created the first organizer "${username}"; its password is in ${file}`);
  }
}
