import { DomainError, RuleIssue } from '../common/errors/domain-error';

export const RoundErrors = {
  feedersInvalid: (issues: RuleIssue[]) =>
    new DomainError(
      'INVALID',
      'FEEDERS_INVALID',
      `The feeders are invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      { issues },
    ),
  ruleInvalid: (issues: RuleIssue[]) =>
    new DomainError(
      'INVALID',
      'ADVANCEMENT_RULE_INVALID',
      `The advancement rule is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      { issues },
    ),
  notConfigured: (contestId: number) =>
    new DomainError(
      'CONFLICT',
      'ADVANCEMENT_NOT_CONFIGURED',
      `Contest ${contestId} has no feeders and advancement rule; set them with PUT /api/contests/${contestId}/feeders first`,
    ),
  feederNotPublished: (feederContestIds: number[]) =>
    new DomainError(
      'CONFLICT',
      'FEEDER_NOT_PUBLISHED',
      `The results of feeder contest(s) ${feederContestIds.join(', ')} are not published; advancement reads published results only`,
      { feederContestIds },
    ),
  notFound: (contestId: number) =>
    new DomainError(
      'NOT_FOUND',
      'ADVANCEMENT_NOT_FOUND',
      `Contest ${contestId} has no advancement list yet`,
    ),
  closed: (contestId: number, status: string) =>
    new DomainError(
      'CONFLICT',
      'ADVANCEMENT_CLOSED',
      `Contest ${contestId} is ${status}; its finalists follow the advancement list only while it is DRAFT or REGISTRATION`,
      { contestId, status },
    ),
  entryNotFound: (registrationId: number) =>
    new DomainError(
      'NOT_FOUND',
      'ADVANCEMENT_ENTRY_NOT_FOUND',
      `Registration ${registrationId} is on no later round's advancement list`,
      { registrationId },
    ),
  notAdvanced: (registrationId: number, contestId: number, status: string) =>
    new DomainError(
      'CONFLICT',
      'ADVANCEMENT_NOT_ADVANCED',
      `Registration ${registrationId} is ${status} on the advancement list of contest ${contestId}, not ADVANCED`,
      { registrationId, contestId, status },
    ),
  alreadyAnswered: (registrationId: number, contestId: number, kind: 'DECLINE' | 'CONFIRM') =>
    new DomainError(
      'CONFLICT',
      kind === 'DECLINE' ? 'ADVANCEMENT_ALREADY_DECLINED' : 'ADVANCEMENT_ALREADY_CONFIRMED',
      `Registration ${registrationId} has already ${kind === 'DECLINE' ? 'declined' : 'confirmed'} its place in contest ${contestId}`,
      { registrationId, contestId },
    ),
};
