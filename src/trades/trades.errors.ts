import { DomainError } from '../common/errors/domain-error';

export const TradeErrors = {
  codeTaken: (code: string) =>
    new DomainError(
      'CONFLICT',
      'TRADE_CODE_TAKEN',
      `Trade code "${code}" is already in the catalogue`,
    ),
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'TRADE_NOT_FOUND', `Trade ${id} does not exist`),
};
