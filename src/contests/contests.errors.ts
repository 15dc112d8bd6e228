import { DomainError, RuleIssue } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-codes';
import type { ContestStatus } from './rules';

const invalid = (code: ErrorCode, what: string, issues: RuleIssue[]) =>
  new DomainError(
    'INVALID',
    code,
    `${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    {
      issues,
    },
  );

export const ContestErrors = {
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'CONTEST_NOT_FOUND', `Contest ${id} does not exist`),
  tradeNotFound: (tradeId: number) =>
    new DomainError('INVALID', 'TRADE_NOT_FOUND', `Trade ${tradeId} does not exist`),
  hostUnitNotFound: (unitId: number) =>
    new DomainError('INVALID', 'HOST_UNIT_NOT_FOUND', `Host unit ${unitId} does not exist`),
  tradeTaken: (tradeCode: string) =>
    new DomainError(
      'CONFLICT',
      'CONTEST_TRADE_TAKEN',
      `The competition already has a contest for trade ${tradeCode} in this round with this host unit`,
    ),
  schemeInvalid: (issues: RuleIssue[]) =>
    invalid('SCHEME_INVALID', 'The scoring scheme is invalid', issues),
  titlePolicyInvalid: (issues: RuleIssue[]) =>
    invalid('TITLE_POLICY_INVALID', 'The title policy is invalid', issues),
  tieBreakInvalid: (issues: RuleIssue[]) =>
    invalid('TIE_BREAK_INVALID', 'The tie-break chain is invalid', issues),
  notEditable: (status: ContestStatus) =>
    new DomainError(
      'CONFLICT',
      'CONTEST_NOT_EDITABLE',
      `The contest is ${status}; its scheme, title policy and other settings can change only in DRAFT`,
      { status },
    ),
  selfRegistrationLocked: (status: ContestStatus) =>
    new DomainError(
      'CONFLICT',
      'CONTEST_NOT_EDITABLE',
      `The contest is ${status}; self-registration can be switched on or off only in DRAFT or REGISTRATION`,
      { status, field: 'selfRegistration' },
    ),
  transition: (issue: RuleIssue, from: ContestStatus, to: ContestStatus) =>
    new DomainError('CONFLICT', issue.code, issue.message, { from, to }),
  staleVersion: (expected: number, current: number) =>
    new DomainError(
      'CONFLICT',
      'STALE_VERSION',
      `The contest changed since version ${expected} was read (now ${current}); reload and retry`,
      { expected, current },
    ),
  ownRoute: (status: 'PUBLISHED' | 'FINAL') =>
    new DomainError(
      'CONFLICT',
      status === 'PUBLISHED' ? 'USE_RESULTS_PUBLISH' : 'USE_RESULTS_FINALIZE',
      status === 'PUBLISHED'
        ? 'Publish a result run with POST /api/contests/:id/results/publish { runId }'
        : 'Results become final with POST /api/contests/:id/results/finalize once the publication window has closed',
      { status },
    ),
  emptyUpdate: () =>
    new DomainError('INVALID', 'NOTHING_TO_UPDATE', 'Send at least one field to change'),
};
