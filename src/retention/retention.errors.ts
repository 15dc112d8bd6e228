import { DomainError } from '../common/errors/domain-error';

export const RetentionErrors = {
  /** Not yet: the results are unpublished, or published less than the retention period ago. */
  notOver: (publishedAt: Date | null, anonymisableFrom: Date | null) =>
    new DomainError(
      'CONFLICT',
      'RETENTION_NOT_OVER',
      publishedAt === null
        ? 'The competition has contests whose results are not published: its workers’ data are still needed'
        : `The retention period of this competition runs until ${anonymisableFrom!.toISOString()}`,
      {
        publishedAt: publishedAt?.toISOString() ?? null,
        anonymisableFrom: anonymisableFrom?.toISOString() ?? null,
      },
    ),
};
