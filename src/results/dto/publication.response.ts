import { ApiProperty } from '@nestjs/swagger';
import type { ContestStatus } from '../../contests/rules/contest-rules.types';
import type { Objection, ObjectionStatus, RunStatus } from '../results.entities';

/** A computation asked for: the run, the job computing it (null when nothing changed), its state. */
export class ComputeRequestedResponse {
  runId: number;
  jobId: string | null;
  status: RunStatus;
}

/** A run made public, and when the objection window closes. */
export class PublishedResponse {
  contestId: number;
  runId: number;
  status: ContestStatus;
  publicationEndsAt: string | null;
}

/** Where publication stands: the public run and when its window closes. */
export class PublicationStateResponse {
  contestId: number;
  status: ContestStatus;
  publishedRunId: number | null;
  publicationEndsAt: string | null;
}

export class FinalizedResponse {
  contestId: number;
  @ApiProperty({ enum: ['FINAL'] })
  status: 'FINAL';
}

/** An objection filed: its number, to quote when asking about it. */
export class ObjectionFiledResponse {
  objectionId: number;
  status: ObjectionStatus;
}

/** An objection (申诉) and the organizer's decision on it. */
export class ObjectionResponse {
  id: number;
  contestId: number;
  /** The published run it objects to. */
  runId: number;
  registrationId: number;
  text: string;
  status: ObjectionStatus;
  /** The organizer's answer; null until decided. */
  response: string | null;
  /** Who decided it (a user id) and when (ISO 8601); null while OPEN. */
  decidedBy: number | null;
  decidedAt: string | null;
  createdAt: string;

  static of(o: Objection): ObjectionResponse {
    return {
      id: o.id,
      contestId: o.contestId,
      runId: o.runId,
      registrationId: o.registrationId,
      text: o.text,
      status: o.status,
      response: o.response,
      decidedBy: o.decidedBy,
      decidedAt: o.decidedAt?.toISOString() ?? null,
      createdAt: o.createdAt.toISOString(),
    };
  }
}
