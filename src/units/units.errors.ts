import { DomainError } from '../common/errors/domain-error';

export const UnitErrors = {
  codeTaken: (code: string) =>
    new DomainError('CONFLICT', 'UNIT_CODE_TAKEN', `Unit code "${code}" is already used`),
  parentNotFound: (parentId: number) =>
    new DomainError('INVALID', 'PARENT_UNIT_NOT_FOUND', `Parent unit ${parentId} does not exist`),
  notFound: (id: number) =>
    new DomainError('NOT_FOUND', 'UNIT_NOT_FOUND', `Unit ${id} does not exist`),
  tooDeep: (max: number) =>
    new DomainError(
      'INVALID',
      'UNIT_TREE_TOO_DEEP',
      `Units may be nested at most ${max} levels deep`,
    ),
};
