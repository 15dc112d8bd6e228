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
};
