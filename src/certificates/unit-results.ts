import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/current-user.decorator';
import { formatCenti } from '../common/points';
import { Competition } from '../competitions/competition.entity';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { Contest } from '../contests/contest.entity';
import { Registration } from '../registrations/registration.entity';
import { RegistrationErrors } from '../registrations/registrations.errors';
import { ResultRow } from '../results/results.entities';
import { Trade } from '../trades/trade.entity';
import { Unit } from '../units/unit.entity';
import { Certificate } from './certificate.entity';
import type { UnitResultLineResponse } from './dto/certificate.response';

/**
 * What a unit coordinator sees of the results: the published lines of the workers their unit and
 * the units below it entered (never unpublished runs, never ID numbers), and the certificates
 * those workers hold, to print and hand out.
 */
@Injectable()
export class UnitResults {
  constructor(private readonly dataSource: DataSource) {}

  /** The path of the caller's unit, once the competition is known to exist. */
  private async unitPath(competitionId: number, principal: Principal): Promise<string> {
    if (!(await this.dataSource.getRepository(Competition).existsBy({ id: competitionId }))) {
      throw CompetitionErrors.notFound(competitionId);
    }
    const unit =
      principal.unitId === null
        ? null
        : await this.dataSource.getRepository(Unit).findOneBy({ id: principal.unitId });
    if (!unit) throw RegistrationErrors.coordinatorWithoutUnit();
    return unit.path;
  }

  async lines(competitionId: number, principal: Principal): Promise<UnitResultLineResponse[]> {
    const path = await this.unitPath(competitionId, principal);
    const raw = await this.dataSource
      .getRepository(ResultRow)
      .createQueryBuilder('row')
      .innerJoin(Contest, 'c', 'c.publishedRunId = row.runId')
      .innerJoin(Trade, 't', 't.id = c.tradeId')
      .innerJoin(Registration, 'r', 'r.id = row.registrationId')
      .innerJoin(Unit, 'u', 'u.id = r.unitId')
      .where('c.competitionId = :competitionId', { competitionId })
      .andWhere('u.path LIKE :prefix', { prefix: `${path}%` })
      .addSelect('c.id', 'contest_id')
      .addSelect('t.name', 'trade_name')
      .orderBy('c.id', 'ASC')
      .addOrderBy('row.position', 'ASC')
      .getRawAndEntities();
    const held = new Map<number, UnitResultLineResponse['certificates']>();
    if (raw.entities.length > 0) {
      for (const c of await this.issuedFor(competitionId, path)) {
        const list = held.get(c.registrationId) ?? [];
        list.push({ serial: c.serial, kind: c.kind, code: c.code });
        held.set(c.registrationId, list);
      }
    }
    return raw.entities.map((row, i) => {
      const extra = raw.raw[i] as { contest_id: number | string; trade_name: string };
      return {
        contestId: Number(extra.contest_id),
        tradeName: extra.trade_name,
        name: row.name,
        unitName: row.unitName,
        rank: row.rank,
        tied: row.tied,
        guest: row.guest,
        attendance: row.attendance,
        total: row.totalCenti === null ? null : formatCenti(row.totalCenti),
        title: row.title,
        titleDetail: row.titleDetailZh,
        certificates: held.get(row.registrationId) ?? [],
      };
    });
  }

  /** The valid certificates of the coordinator's units' workers in the competition. */
  async certificates(competitionId: number, principal: Principal): Promise<Certificate[]> {
    return this.issuedFor(competitionId, await this.unitPath(competitionId, principal));
  }

  private issuedFor(competitionId: number, path: string): Promise<Certificate[]> {
    return this.dataSource
      .getRepository(Certificate)
      .createQueryBuilder('cert')
      .innerJoin(Registration, 'r', 'r.id = cert.registrationId')
      .innerJoin(Unit, 'u', 'u.id = r.unitId')
      .where('cert.competitionId = :competitionId', { competitionId })
      .andWhere("cert.status = 'ISSUED'")
      .andWhere('u.path LIKE :prefix', { prefix: `${path}%` })
      .orderBy('cert.contestId', 'ASC')
      .addOrderBy('cert.seq', 'ASC')
      .getMany();
  }
}
