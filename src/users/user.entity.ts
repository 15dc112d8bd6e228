import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/auth/principal';
import { INSTANT_COLUMN } from '../database/columns';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32, unique: true })
  username: string;

  /** bcrypt hash; never leaves the service. */
  @Column({ type: 'varchar', length: 100, select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** The coordinator's unit (required), or the judge's own unit (for conflicts of interest). */
  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * Every access token carries the version it was issued at; raising it (password change,
   * deactivation) revokes all of the user's tokens at once, in every API process.
   */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}
