import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  currentPassword: string;

  /** 8–72 characters, as for a new account. */
  @IsString()
  @MinLength(8)
  @MaxLength(72)
  newPassword: string;
}
