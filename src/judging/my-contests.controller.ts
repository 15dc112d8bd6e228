import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { MyContestResponse } from './dto/judging-views.response';
import { MyContestsService } from './my-contests.service';

/** What a signed-in judge works on, across contests (their start page). */
@ApiTags('judging')
@ApiBearerAuth()
@Controller('judging')
export class MyContestsController {
  constructor(private readonly contests: MyContestsService) {}

  /** The contests the caller is on the panel of: trade, status, chief or not, their criteria. */
  @Get('contests')
  @Roles('JUDGE')
  list(@CurrentUser() user: Principal): Promise<MyContestResponse[]> {
    return this.contests.list(user);
  }
}
