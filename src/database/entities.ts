import { LoginBackoff, RevokedToken } from '../auth/auth.entities';
import { CertificateRequest } from '../certificates/certificate-request.entity';
import { Certificate } from '../certificates/certificate.entity';
import { Competition } from '../competitions/competition.entity';
import { ContestCriterion, ContestPart } from '../contests/contest-part.entity';
import { Contest } from '../contests/contest.entity';
import {
  AuditEntry,
  AuditHead,
  ContestJudge,
  JudgeConflict,
  Score,
} from '../judging/judging.entities';
import { Objection, ResultRow, ResultRun } from '../results/results.entities';
import { Registration } from '../registrations/registration.entity';
import { RosterImport } from '../registrations/roster-import.entity';
import { Anonymisation } from '../retention/anonymisation.entity';
import {
  AdvancementResponse,
  AdvancementVersion,
  ContestFeeder,
  Grant,
} from '../rounds/rounds.entities';
import { GrantChange } from '../rounds/grants.entity';
import { Trade } from '../trades/trade.entity';
import { Question } from '../exams/question.entity';
import { Unit } from '../units/unit.entity';
import { User } from '../users/user.entity';
import { Worker } from '../workers/worker.entity';

export const ENTITIES = [
  Unit,
  User,
  Trade,
  Competition,
  Contest,
  ContestPart,
  ContestCriterion,
  Worker,
  Registration,
  RosterImport,
  ContestJudge,
  JudgeConflict,
  Score,
  AuditEntry,
  AuditHead,
  ResultRun,
  ResultRow,
  Objection,
  Certificate,
  CertificateRequest,
  RevokedToken,
  LoginBackoff,
  Anonymisation,
  ContestFeeder,
  AdvancementVersion,
  AdvancementResponse,
  Grant,
  GrantChange,
  Question,
];
