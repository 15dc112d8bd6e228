import { MAX_INTEGER } from '../../common/http/id.pipe';
import { Optional } from '../../common/http/optional.decorator';
import { IsIn, IsInt, IsString, Matches, MaxLength, MinLength, Max } from 'class-validator';
import { ROLES, type Role } from '../../common/auth/principal';

export class CreateUserDto {
  /** 3–32 letters, digits, `_`, `.` or `-`. */
  @Matches(/^[A-Za-z0-9_.-]{3,32}$/, { message: 'username must be 3-32 letters, digits, _ . -' })
  username: string;

  /** 8–72 characters. */
  @IsString()
  @MinLength(8)
  @MaxLength(72)
  password: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName: string;

  @IsIn(ROLES)
  role: Role;

  /** Required for UNIT_COORDINATOR; a judge's own unit (conflicts of interest); none for ORGANIZER. */
  @Optional()
  @IsInt()
  @Max(MAX_INTEGER)
  unitId?: number;
}
