import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import { LookupDto } from '../results/dto/results.dto';
import { WorkerPathResponse } from './dto/worker-path.response';
import { WorkerPathService } from './worker-path.service';

@ApiTags('public')
@Controller('public')
@Public()
export class WorkerPathController {
  constructor(private readonly paths: WorkerPathService) {}

  /**
   * A worker's path by name and ID number: each entry's round, host unit, published result and
   * where the later round's advancement list puts it (rate-limited with the other look-ups).
   */
  @Post('path')
  @HttpCode(200)
  @UseGuards(PublicLookupThrottlerGuard)
  @Header('cache-control', 'no-store')
  path(@Body() dto: LookupDto): Promise<WorkerPathResponse> {
    return this.paths.path(dto.name, dto.idNumber);
  }
}
