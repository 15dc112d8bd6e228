import type { ContestStatus } from '../../contests/rules/contest-rules.types';
import type { ObjectionStatus, RunStatus } from '../results.entities';

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
  status: 'FINAL';
}

/** An objection filed: its number, to quote when asking about it. */
export class ObjectionFiledResponse {
  objectionId: number;
  status: ObjectionStatus;
}
