import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Trade } from './trade.entity';

@Injectable()
export class TradesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<Trade | null> {
    return manager.getRepository(Trade).findOneBy({ id });
  }

  existsByCode(manager: EntityManager, code: string): Promise<boolean> {
    return manager.getRepository(Trade).existsBy({ code });
  }

  list(): Promise<Trade[]> {
    return this.dataSource.getRepository(Trade).find({ order: { code: 'ASC' } });
  }

  insert(manager: EntityManager, trade: Omit<Trade, 'id'>): Promise<Trade> {
    return manager.getRepository(Trade).save(manager.getRepository(Trade).create(trade));
  }
}
