import { MAX_INTEGER } from '../../common/http/id.pipe';
import { Optional } from '../../common/http/optional.decorator';
import { Trim } from '../../common/http/trim.decorator';
import { IsInt, IsString, Matches, MaxLength, MinLength, Max } from 'class-validator';

export class CreateUnitDto {
  /** The unit's own short code, used to match roster rows (letters, digits, `-`, `_`; up to 32). */
  @Trim()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'code must be 1-32 letters, digits, _ or -' })
  code: string;

  /** Full name, e.g. 阜新矿业集团工会. */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** The unit above it; omitted for the federation itself. */
  @Optional()
  @IsInt()
  @Max(MAX_INTEGER)
  parentId?: number;
}
