import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { Trade } from './trade.entity';
import { CreateTradeDto, TradeResponse } from './dto/create-trade.dto';
import { TradesService } from './trades.service';

const toResponse = (t: Trade): TradeResponse => ({
  id: t.id,
  code: t.code,
  name: t.name,
  nameEn: t.nameEn,
});

@ApiTags('trades')
@ApiBearerAuth()
@Controller('trades')
export class TradesController {
  constructor(private readonly trades: TradesService) {}

  @Post()
  @Roles('ORGANIZER')
  async create(@Body() dto: CreateTradeDto): Promise<TradeResponse> {
    return toResponse(await this.trades.create(dto));
  }

  /** The catalogue, seeded with common trades. */
  @Get()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  async list(): Promise<TradeResponse[]> {
    return (await this.trades.list()).map(toResponse);
  }
}
