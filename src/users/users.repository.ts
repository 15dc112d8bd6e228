import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: number): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

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

  insert(manager: EntityManager, user: Omit<User, 'id'>): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(user));
  }
}
