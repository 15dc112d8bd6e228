import { IsBoolean } from 'class-validator';
import { Optional } from '../../common/http/optional.decorator';

export class IssueCertificatesDto {
  /** Also a participation certificate (参赛证书) for every ranked contestant. */
  @Optional()
  @IsBoolean()
  participation?: boolean;
}
