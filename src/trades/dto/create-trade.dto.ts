import { Optional } from '../../common/http/optional.decorator';
import { Trim } from '../../common/http/trim.decorator';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateTradeDto {
  /** Upper-case letters and digits, starting with a letter, 2–16 long; appears in certificate serials. */
  @Trim()
  @Matches(/^[A-Z][A-Z0-9]{1,15}$/, {
    message: 'code must be 2-16 upper-case letters or digits, starting with a letter (e.g. ECOM)',
  })
  code: string;

  /** Chinese name, e.g. 电子商务. */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @Optional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameEn?: string;
}

export class TradeResponse {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
}
