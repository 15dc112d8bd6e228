import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { User } from '../users/user.entity';
import { LoginBackoff } from './auth.entities';
import { AttemptVerdict, BackoffPolicy, checkAttempt } from './rules/login-backoff';

/**
 * Failed logins per user name, in the database so that the back-off holds across API processes
 * and against many client addresses at once.
 */
@Injectable()
export class LoginBackoffRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Decides whether an attempt for `key` may go ahead and, if it may, counts it as a failure at
   * once (cleared by `succeeded`), all in one transaction with the name's row locked. So a burst of
   * parallel guesses is let through one at a time and each sees the ones before it: at most the
   * free attempts pass, never a whole burst.
   *
   * Null when no account answers to `key`: no row is written for a name that does not exist, or
   * guessed names would fill the table (the caller counts those elsewhere, UnknownNameBackoff).
   */
  claim(key: string, now: Date, policy: BackoffPolicy): Promise<AttemptVerdict | null> {
    return this.unitOfWork.run(async (manager) => {
      // Any account whose name is the key in another case: they share the key's back-off.
      const account = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('LOWER(u.username) = :key', { key })
        .getExists();
      if (!account) return null;
      const cutoff = new Date(now.getTime() - policy.resetSeconds * 1000).toISOString();
      // Names nobody has failed on for a while are forgotten, so guessed names cannot pile up.
      await manager
        .createQueryBuilder()
        .delete()
        .from(LoginBackoff)
        .where('last_failure_at < :cutoff', { cutoff })
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(LoginBackoff)
        .values({ usernameKey: key, failures: 0, lastFailureAt: now })
        .orIgnore()
        .execute();
      const state = await this.lockRow(manager, key);
      const verdict = checkAttempt(state, now, policy);
      if (verdict.allowed) {
        // Never back in time: a parallel attempt stamped later may already have been recorded.
        const lastFailureAt = new Date(Math.max(now.getTime(), state.lastFailureAt.getTime()));
        await manager
          .getRepository(LoginBackoff)
          .update({ usernameKey: key }, { failures: verdict.failures + 1, lastFailureAt });
      }
      return verdict;
    });
  }

  /** A correct password: the name's failures are forgotten. */
  async succeeded(key: string): Promise<void> {
    await this.unitOfWork.run((manager) =>
      manager.getRepository(LoginBackoff).delete({ usernameKey: key }),
    );
  }

  /** The row, locked against other transactions on PostgreSQL (SQLite's IMMEDIATE transaction already is). */
  private async lockRow(manager: EntityManager, key: string): Promise<LoginBackoff> {
    const query = manager
      .getRepository(LoginBackoff)
      .createQueryBuilder('b')
      .where('b.usernameKey = :key', { key });
    if (this.dataSource.options.type === 'postgres') query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw new Error(`login_backoff row for ${key} vanished inside its transaction`);
    return row;
  }
}
