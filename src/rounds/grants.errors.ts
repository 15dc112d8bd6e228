import { DomainError, RuleIssue } from '../common/errors/domain-error';

export const GrantErrors = {
  invalid: (issues: RuleIssue[]) =>
    new DomainError(
      'INVALID',
      'GRANTS_INVALID',
      `Nothing was changed: ${issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; ')}`,
      { issues },
    ),
  notFound: (competitionId: number, unitId: number) =>
    new DomainError(
      'NOT_FOUND',
      'GRANT_NOT_FOUND',
      `Unit ${unitId} has no grant in competition ${competitionId}`,
    ),
  outOfScope: (unitId: number) =>
    new DomainError(
      'FORBIDDEN',
      'UNIT_OUT_OF_SCOPE',
      `Unit ${unitId} is not your unit or a unit below it`,
    ),
};
