import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Public, Roles } from '../common/auth/roles.decorator';
import { AuthService } from './auth.service';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { SkipThrottle } from '@nestjs/throttler';
import { PUBLIC_LOOKUP_THROTTLER } from '../results/public-lookup.guard';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Rate-limited per address and user name (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_SECONDS). */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  @SkipThrottle({ [PUBLIC_LOOKUP_THROTTLER]: true })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  /** Who the token belongs to. */
  @Get('me')
  @ApiBearerAuth()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE')
  me(@CurrentUser() user: Principal): Principal {
    return user;
  }
}
