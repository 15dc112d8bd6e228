import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../common/auth/current-user.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { ParseId } from '../common/http/id.pipe';
import { AnonymisationResponse } from './dto/anonymisation.response';
import { RetentionService } from './retention.service';

@ApiTags('competitions')
@ApiBearerAuth()
@Controller('competitions')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /**
   * Erases the ID numbers and phones of the competition's workers once its results were published
   * more than PERSONAL_DATA_RETENTION_DAYS ago (409 RETENTION_NOT_OVER before), except workers
   * entered in a competition still within its period. Names, results and certificates stay.
   * Recorded with who, when and how many; repeating it erases nothing more.
   */
  @Post(':id/anonymise')
  @HttpCode(200)
  @Roles('ORGANIZER')
  async anonymise(
    @Param('id', ParseId) id: number,
    @CurrentUser() user: Principal,
  ): Promise<AnonymisationResponse> {
    return AnonymisationResponse.of(await this.retention.anonymise(id, user));
  }
}
