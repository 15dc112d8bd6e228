import { DomainError } from '../common/errors/domain-error';

export const CompetitionErrors = {
  codeTaken: (code: string) =>
    new DomainError(
      'CONFLICT',
      'COMPETITION_CODE_TAKEN',
      `Competition code "${code}" is already used`,
    ),
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'COMPETITION_NOT_FOUND', `Competition ${id} does not exist`),
};
