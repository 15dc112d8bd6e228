import { IsBoolean } from 'class-validator';

export class UpdateUserDto {
  /** false: the account can no longer log in, and every token it holds is revoked at once. */
  @IsBoolean()
  active: boolean;
}
