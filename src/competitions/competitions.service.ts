import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/auth/current-user.decorator';
import { UnitOfWork } from '../database/unit-of-work';
import { Competition } from './competition.entity';
import { CompetitionErrors } from './competitions.errors';
import { CompetitionsRepository } from './competitions.repository';
import { CreateCompetitionDto } from './dto/create-competition.dto';
import { ContestSummary } from './dto/competition.response';

@Injectable()
export class CompetitionsService {
  constructor(
    private readonly competitions: CompetitionsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  create(dto: CreateCompetitionDto, by: Principal): Promise<Competition> {
    return this.unitOfWork.run(async (manager) => {
      if (await this.competitions.existsByCode(manager, dto.code))
        throw CompetitionErrors.codeTaken(dto.code);
      return this.competitions.insert(manager, {
        code: dto.code,
        name: dto.name,
        year: dto.year,
        issuingBody: dto.issuingBody ?? null,
        createdBy: by.userId,
        createdAt: new Date(),
      });
    });
  }

  list(): Promise<Competition[]> {
    return this.competitions.list();
  }

  async get(id: number): Promise<{ competition: Competition; contests: ContestSummary[] }> {
    const competition = await this.competitions.findById(id);
    if (!competition) throw CompetitionErrors.notFound(id);
    return { competition, contests: await this.competitions.contestSummaries(id) };
  }
}
