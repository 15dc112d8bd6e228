import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { RevokedToken } from './auth.entities';

/** What the database says about a presented token, beyond its signature and expiry. */
export interface SessionState {
  /** Who the user is now: a token's claims are only what was true when it was issued. */
  username: string;
  role: string;
  unitId: number | null;
  active: boolean;
  tokenVersion: number;
  revoked: boolean;
}

/**
 * The revocation state of access tokens, in the database so that a logout or a password change in
 * one API process holds in all of them at once.
 */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One indexed query per authenticated request: the user's state and whether the token is revoked. */
  async state(userId: number, tokenId: string): Promise<SessionState | null> {
    const row = await this.dataSource
      .createQueryBuilder(User, 'u')
      .select('u.username', 'username')
      .addSelect('u.role', 'role')
      .addSelect('u.unitId', 'unitId')
      .addSelect('u.active', 'active')
      .addSelect('u.tokenVersion', 'tokenVersion')
      .addSelect(
        (sub) => sub.select('COUNT(*)').from(RevokedToken, 'r').where('r.jti = :tokenId'),
        'revoked',
      )
      .where('u.id = :userId')
      .setParameters({ userId, tokenId })
      .getRawOne<{
        username: string;
        role: string;
        unitId: unknown;
        active: unknown;
        tokenVersion: unknown;
        revoked: unknown;
      }>();
    if (!row) return null;
    return {
      username: row.username,
      role: row.role,
      unitId: row.unitId === null || row.unitId === undefined ? null : Number(row.unitId),
      // SQLite answers 1/0, PostgreSQL true/false; COUNT(*) is a string on PostgreSQL.
      active: row.active === true || Number(row.active) === 1,
      tokenVersion: Number(row.tokenVersion),
      revoked: Number(row.revoked) > 0,
    };
  }

  /** Revokes one token until it expires; revoking it twice changes nothing. */
  async revoke(manager: EntityManager, token: RevokedToken): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(RevokedToken)
      .values(token)
      .orIgnore()
      .execute();
  }

  /** Forgets revoked tokens that have expired anyway (an expired token is refused on its own). */
  async pruneExpired(manager: EntityManager, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(RevokedToken)
      .where('expires_at < :now', { now: now.toISOString() })
      .execute();
  }
}
