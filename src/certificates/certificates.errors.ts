import { DomainError } from '../common/errors/domain-error';

export const CertificateErrors = {
  notPublished: (contestId: number) =>
    new DomainError(
      'CONFLICT',
      'CERTIFICATES_NOT_PUBLISHED',
      `Contest ${contestId} has no published results; certificates follow publication`,
    ),
  notFound: () =>
    new DomainError('NOT_FOUND', 'CERTIFICATE_NOT_FOUND', 'No certificate has this serial or code'),
  glyphMissing: (serial: string, chars: string[]) =>
    new DomainError(
      'UNPROCESSABLE',
      'CERTIFICATE_GLYPH_MISSING',
      `Certificate ${serial}: no installed font can draw ${chars.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}; set CERT_FONT_PATH to a font that has them`,
      { serial, chars },
    ),
};
