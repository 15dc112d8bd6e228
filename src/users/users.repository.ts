import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** With the password hash, for checking a login. */
  findForLogin(username: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
  }

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { id: 'ASC' } });
  }

  count(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(User).count();
  }

  existsByUsername(manager: EntityManager, username: string): Promise<boolean> {
    return manager.getRepository(User).existsBy({ username });
  }

  async setPassword(manager: EntityManager, id: number, passwordHash: string): Promise<void> {
    await manager.getRepository(User).update({ id }, { passwordHash });
  }

  /**
   * Revokes every access token the user holds, in every API process: a token carries the version
   * it was issued at, and the guard compares it with this one on every request.
   */
  async raiseTokenVersion(manager: EntityManager, id: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** Activates or deactivates; false when there is no such user. */
  async setActive(manager: EntityManager, id: number, active: boolean): Promise<boolean> {
    const result = await manager.getRepository(User).update({ id }, { active });
    return (result.affected ?? 0) > 0;
  }

  findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  insert(manager: EntityManager, user: Omit<User, 'id' | 'tokenVersion'>): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(user));
  }
}
