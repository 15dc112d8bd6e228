import { Optional } from '../../common/http/optional.decorator';
import { Trim } from '../../common/http/trim.decorator';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateCompetitionDto {
  /** Short code used in certificate serials, e.g. FX2017: upper-case letters and digits, 2–16. */
  @Trim()
  @Matches(/^[A-Z][A-Z0-9]{1,15}$/, {
    message: 'code must be 2-16 upper-case letters or digits, starting with a letter (e.g. FX2017)',
  })
  code: string;

  /** e.g. 2017年阜新市职工职业技能大赛 */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  /** Printed on certificates, e.g. 阜新市总工会. */
  @Optional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  issuingBody?: string;
}
