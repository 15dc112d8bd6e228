import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Public, Roles } from '../common/auth/roles.decorator';
import { type AccessToken, CurrentToken } from './access-token';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto, LoginResponse } from './dto/login.dto';
import { MeResponse } from './dto/me.response';
import { LoginThrottlerGuard } from './login-throttler.guard';

const EVERY_ROLE = ['ORGANIZER', 'UNIT_COORDINATOR', 'JUDGE'] as const;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * Rate-limited per address (LOGIN_ADDRESS_RATE_LIMIT) and per address and user name
   * (LOGIN_RATE_LIMIT) per LOGIN_RATE_WINDOW_SECONDS, and per user name from any address with a
   * growing delay (429 LOGIN_DELAYED with Retry-After).
   */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  /** Revokes the token sent with this request, in every API process; other sessions go on. */
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(...EVERY_ROLE)
  async logout(@CurrentToken() token: AccessToken): Promise<void> {
    await this.auth.logout(token);
  }

  /** Changes the caller's password and revokes every token they hold (log in again after). */
  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(...EVERY_ROLE)
  async changePassword(
    @CurrentUser() user: Principal,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.auth.changePassword(user, dto);
  }

  /** Who the token belongs to. */
  @Get('me')
  @ApiBearerAuth()
  @Roles(...EVERY_ROLE)
  me(@CurrentUser() user: Principal): MeResponse {
    return user;
  }
}
