import { Injectable } from '@nestjs/common';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { CompetitionsRepository } from '../competitions/competitions.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { Trade } from '../trades/trade.entity';
import { TradesRepository } from '../trades/trades.repository';
import { Contest } from './contest.entity';
import { ContestErrors } from './contests.errors';
import { ContestChanges, ContestsRepository } from './contests.repository';
import { CreateContestDto, UpdateContestDto } from './dto/contest-input.dto';
import {
  checkTransition,
  defaultTieBreak,
  defaultTitlePolicy,
  isSchemeEditable,
  Scheme,
  TieBreakKey,
  TitlePolicy,
  validateScheme,
  validateTieBreak,
  validateTitlePolicy,
} from './rules';

export const DEFAULT_MIN_FIELD = 3;

export interface ContestDetail {
  contest: Contest;
  trade: Trade;
  scheme: Scheme;
}

@Injectable()
export class ContestsService {
  constructor(
    private readonly contests: ContestsRepository,
    private readonly competitions: CompetitionsRepository,
    private readonly trades: TradesRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async create(competitionId: number, dto: CreateContestDto): Promise<ContestDetail> {
    const scheme = this.checkScheme(dto.scheme, dto.round ?? 1);
    const titlePolicy = this.checkTitlePolicy(dto.titlePolicy ?? defaultTitlePolicy());
    const tieBreak =
      dto.tieBreak === undefined
        ? defaultTieBreak(scheme)
        : this.checkTieBreak(dto.tieBreak, scheme);
    return this.unitOfWork.run(async (manager) => {
      if (!(await this.competitions.findById(competitionId, manager))) {
        throw CompetitionErrors.notFound(competitionId);
      }
      const trade = await this.trades.findById(dto.tradeId, manager);
      if (!trade) throw ContestErrors.tradeNotFound(dto.tradeId);
      const round = dto.round ?? 1;
      const hostUnitId = dto.hostUnitId ?? null;
      if (hostUnitId !== null && !(await this.contests.unitExists(manager, hostUnitId))) {
        throw ContestErrors.hostUnitNotFound(hostUnitId);
      }
      if (await this.contests.existsForTrade(manager, competitionId, trade.id, round, hostUnitId)) {
        throw ContestErrors.tradeTaken(trade.code);
      }
      const now = new Date();
      const contest = await this.contests.insert(
        manager,
        {
          competitionId,
          tradeId: trade.id,
          status: 'DRAFT',
          titlePolicy,
          tieBreak,
          minField: dto.minField ?? DEFAULT_MIN_FIELD,
          allowMultipleEntries: dto.allowMultipleEntries ?? false,
          round,
          hostUnitId,
          selfRegistration: dto.selfRegistration ?? false,
          advancementRule: null,
          version: 1,
          drawnAt: null,
          drawRound: 0,
          scoringStartedAt: null,
          publishedRunId: null,
          publicationEndsAt: null,
          createdAt: now,
          updatedAt: now,
        },
        scheme,
      );
      return { contest, trade, scheme };
    });
  }

  async get(id: number): Promise<ContestDetail> {
    const contest = await this.contests.get(id);
    return this.detail(contest);
  }

  async listByCompetition(competitionId: number): Promise<ContestDetail[]> {
    if (!(await this.competitions.findById(competitionId)))
      throw CompetitionErrors.notFound(competitionId);
    const contests = await this.contests.listByCompetition(competitionId);
    return Promise.all(contests.map((c) => this.detail(c)));
  }

  /**
   * Edits (only in DRAFT) and/or one lifecycle step, all or nothing, refused if `expectedVersion`
   * (from the body or If-Match) is not the current version.
   */
  async update(id: number, dto: UpdateContestDto, ifMatch?: number): Promise<ContestDetail> {
    const { status, version, selfRegistration, ...edits } = dto;
    const expectedVersion = version ?? ifMatch;
    const editing = Object.values(edits).some((v) => v !== undefined);
    if (!editing && status === undefined && selfRegistration === undefined) {
      throw ContestErrors.emptyUpdate();
    }

    await this.unitOfWork.run(async (manager) => {
      const contest = await this.contests.get(id, manager);
      if (expectedVersion !== undefined && expectedVersion !== contest.version) {
        throw ContestErrors.staleVersion(expectedVersion, contest.version);
      }
      const changes: ContestChanges = {};
      if (editing) {
        if (!isSchemeEditable(contest.status)) throw ContestErrors.notEditable(contest.status);
        const oldScheme = await this.contests.loadScheme(id, manager);
        const scheme =
          edits.scheme === undefined ? oldScheme : this.checkScheme(edits.scheme, contest.round);
        if (edits.titlePolicy !== undefined)
          changes.titlePolicy = this.checkTitlePolicy(edits.titlePolicy);
        changes.tieBreak = this.nextTieBreak(contest.tieBreak, oldScheme, scheme, edits.tieBreak);
        if (edits.minField !== undefined) changes.minField = edits.minField;
        if (edits.allowMultipleEntries !== undefined)
          changes.allowMultipleEntries = edits.allowMultipleEntries;
        if (edits.scheme !== undefined) await this.contests.replaceScheme(manager, id, scheme);
      }
      if (selfRegistration !== undefined) {
        // Opening or closing self-registration is fine while entries are still taken.
        if (contest.status !== 'DRAFT' && contest.status !== 'REGISTRATION') {
          throw ContestErrors.selfRegistrationLocked(contest.status);
        }
        changes.selfRegistration = selfRegistration;
      }
      if (status !== undefined) {
        const issue = checkTransition(contest.status, status);
        if (issue) throw ContestErrors.transition(issue, contest.status, status);
        // These two steps have their own routes, which check what they need (a finished run;
        // a closed window with no open objection).
        if (status === 'PUBLISHED' || status === 'FINAL') throw ContestErrors.ownRoute(status);
        changes.status = status;
      }
      if (
        !(await this.contests.updateIfVersion(manager, id, contest.version, changes, new Date()))
      ) {
        const current = await this.contests.findById(id, manager);
        throw ContestErrors.staleVersion(contest.version, current?.version ?? contest.version);
      }
    });
    return this.get(id);
  }

  /**
   * A tie-break chain that was left at its default follows the scheme when the scheme changes;
   * one the organizer chose is kept, and must still name existing parts and criteria.
   */
  private nextTieBreak(
    current: TieBreakKey[],
    oldScheme: Scheme,
    newScheme: Scheme,
    given: unknown,
  ): TieBreakKey[] {
    if (given !== undefined) return this.checkTieBreak(given, newScheme);
    const wasDefault = JSON.stringify(current) === JSON.stringify(defaultTieBreak(oldScheme));
    return wasDefault ? defaultTieBreak(newScheme) : this.checkTieBreak(current, newScheme);
  }

  private async detail(contest: Contest): Promise<ContestDetail> {
    const [trade, scheme] = await Promise.all([
      this.trades.findById(contest.tradeId),
      this.contests.loadScheme(contest.id),
    ]);
    if (!trade) throw ContestErrors.tradeNotFound(contest.tradeId);
    return { contest, trade, scheme };
  }

  private checkScheme(input: unknown, round: number): Scheme {
    const result = validateScheme(input, { round });
    if (!result.ok) throw ContestErrors.schemeInvalid(result.issues);
    return result.value;
  }

  private checkTitlePolicy(input: unknown): TitlePolicy {
    const result = validateTitlePolicy(input);
    if (!result.ok) throw ContestErrors.titlePolicyInvalid(result.issues);
    return result.value;
  }

  private checkTieBreak(input: unknown, scheme: Scheme): TieBreakKey[] {
    const result = validateTieBreak(input, scheme);
    if (!result.ok) throw ContestErrors.tieBreakInvalid(result.issues);
    return result.value;
  }
}
