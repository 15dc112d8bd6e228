import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

/** A logged-out access token, kept until it would have expired anyway. */
@Entity('revoked_tokens')
export class RevokedToken {
  /** The token's `jti` claim. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  jti: string;

  @Column({ type: 'integer' })
  userId: number;

  @Column(INSTANT_COLUMN)
  expiresAt: Date;
}

/** Recent failed logins for one user name (lower-cased), from any address. */
@Entity('login_backoff')
export class LoginBackoff {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  usernameKey: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column(INSTANT_COLUMN)
  lastFailureAt: Date;
}
