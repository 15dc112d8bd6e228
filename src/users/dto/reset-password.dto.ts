import { IsString, MaxLength, MinLength } from 'class-validator';

export class ResetPasswordDto {
  /** 8–72 characters, as for a new account; the holder changes it after signing in. */
  @IsString()
  @MinLength(8)
  @MaxLength(72)
  newPassword: string;
}
