import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { PublicLookupThrottlerGuard } from '../common/http/public-lookup.guard';
import {
  SelfRegistrationDto,
  SelfRegistrationOptionsResponse,
  SelfRegistrationResponse,
} from './dto/self-registration.dto';
import { SelfRegistrationService } from './self-registration.service';

@ApiTags('public')
@Controller('public')
@Public()
export class SelfRegistrationController {
  constructor(private readonly service: SelfRegistrationService) {}

  /** The competition's contests open for self-registration (trade names) and the unit tree. */
  @Get('competitions/:id/self-registration')
  options(@Param('id', ParseId) competitionId: number): Promise<SelfRegistrationOptionsResponse> {
    return this.service.options(competitionId);
  }

  /**
   * A worker enters themselves (自主报名); the entry waits for their unit coordinator. Rate-limited
   * per client address and per ID number, with the name-and-ID-number look-ups.
   */
  @Post('contests/:id/self-registrations')
  @UseGuards(PublicLookupThrottlerGuard)
  async register(
    @Param('id', ParseId) contestId: number,
    @Body() dto: SelfRegistrationDto,
  ): Promise<SelfRegistrationResponse> {
    await this.service.register(contestId, dto);
    return { status: 'PENDING' };
  }
}
