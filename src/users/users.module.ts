import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { FirstOrganizer } from './first-organizer';
import { PasswordHasher } from './password-hasher';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [UnitsModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PasswordHasher, FirstOrganizer],
  exports: [UsersRepository, PasswordHasher],
})
export class UsersModule {}
