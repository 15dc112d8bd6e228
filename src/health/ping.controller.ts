import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator';
import { PingResponse } from './dto/ping.response';

/**
 * The barest route: no database, no Redis. Load balancers can poll it, and the benchmark measures
 * the framework's own ceiling on it.
 */
@ApiTags('health')
@Controller('ping')
export class PingController {
  @Get()
  @Public()
  ping(): PingResponse {
    return { ok: true };
  }
}
