import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { CreateTradeDto } from './dto/create-trade.dto';
import { Trade } from './trade.entity';
import { TradeErrors } from './trades.errors';
import { TradesRepository } from './trades.repository';

@Injectable()
export class TradesService {
  constructor(
    private readonly trades: TradesRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  create(dto: CreateTradeDto): Promise<Trade> {
    return this.unitOfWork.run(async (manager) => {
      if (await this.trades.existsByCode(manager, dto.code)) throw TradeErrors.codeTaken(dto.code);
      return this.trades.insert(manager, {
        code: dto.code,
        name: dto.name,
        nameEn: dto.nameEn ?? null,
        createdAt: new Date(),
      });
    });
  }

  list(): Promise<Trade[]> {
    return this.trades.list();
  }
}
