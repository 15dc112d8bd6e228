import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserResponse } from './dto/user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('ORGANIZER')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Organizers create any account; a unit coordinator a JUDGE of their unit or a unit below it. */
  @Post()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async create(@Body() dto: CreateUserDto, @CurrentUser() user: Principal): Promise<UserResponse> {
    return UserResponse.of(await this.users.create(dto, user));
  }

  /** Every account for organizers; for a unit coordinator, the judges of their unit and below. */
  @Get()
  @Roles('ORGANIZER', 'UNIT_COORDINATOR')
  async list(@CurrentUser() user: Principal): Promise<UserResponse[]> {
    return (await this.users.list(user)).map((u) => UserResponse.of(u));
  }

  @Get(':id')
  async get(@Param('id', ParseId) id: number): Promise<UserResponse> {
    return UserResponse.of(await this.users.get(id));
  }

  /**
   * Sets a new password for someone who forgot theirs (not one's own): the account's tokens are
   * revoked and its failed-login delay cleared.
   */
  @Post(':id/password')
  @HttpCode(204)
  async resetPassword(
    @Param('id', ParseId) id: number,
    @Body() dto: ResetPasswordDto,
    @CurrentUser() user: Principal,
  ): Promise<void> {
    await this.users.resetPassword(id, dto, user);
  }

  /** `{ active: false }` deactivates the account and revokes its tokens at once. */
  @Patch(':id')
  async update(
    @Param('id', ParseId) id: number,
    @Body() dto: UpdateUserDto,
    @CurrentUser() user: Principal,
  ): Promise<UserResponse> {
    return UserResponse.of(await this.users.update(id, dto, user));
  }
}
