import { TITLE_NAMES_ZH, type Title } from '../../contests/rules';
import type { Certificate, CertificateKind, CertificateStatus } from '../certificate.entity';
import type { Attendance } from '../../registrations/rules/registration-status';

/** A certificate of a contest, as organizers list it. */
export class CertificateResponse {
  /** Printed on the certificate, e.g. `FX2017-DZSW-0001`. */
  serial: string;
  /** The verification code (on the certificate and in its QR code). */
  code: string;
  /** TITLE (荣誉证书) or PARTICIPATION (参赛证书). */
  kind: CertificateKind;
  /** The title's code (CHAMPION, …); null for a participation certificate. */
  title: string | null;
  /** The title's Chinese name (技术状元, …); null for a participation certificate. */
  titleName: string | null;
  registrationId: number;
  name: string;
  unit: string;
  /** REVOKED once a correction replaced it. */
  status: CertificateStatus;
  /** The date printed on it (YYYY-MM-DD). */
  issuedOn: string;
  revokedAt: string | null;
  /** The id of the certificate that replaced it, if any. */
  replacedBy: number | null;

  static of(c: Certificate): CertificateResponse {
    return {
      serial: c.serial,
      code: c.code,
      kind: c.kind,
      title: c.title,
      titleName: c.title ? TITLE_NAMES_ZH[c.title as Title] : null,
      registrationId: c.registrationId,
      name: c.name,
      unit: c.unitName,
      status: c.status,
      issuedOn: c.issuedOn,
      revokedAt: c.revokedAt?.toISOString() ?? null,
      replacedBy: c.replacedBy,
    };
  }
}

/** GET /api/public/certificates/:code: what anyone checking a certificate is told. */
export class VerificationResponse {
  /** True while the certificate stands (ISSUED); false once revoked. */
  valid: boolean;
  status: CertificateStatus;
  serial: string;
  name: string;
  unit: string;
  trade: string;
  /** The title's Chinese name (技术状元, …); null for a participation certificate. */
  title: string | null;
  competition: string;
  /** The date printed on it (YYYY-MM-DD). */
  issuedAt: string;
  /** Only when revoked: the serial of the certificate that replaced it, or null if none did. */
  replacedBy?: string | null;
}

/** One of a worker's own certificates (POST /api/public/certificates/lookup). */
export class CertificateLookupResponse {
  serial: string;
  code: string;
  trade: string;
  /** The title's Chinese name (技术状元, …); null for a participation certificate. */
  title: string | null;
  /** Where to download it: `/api/public/certificates/<code>/pdf`. */
  pdf: string;
}

/** A valid certificate a unit's worker holds. */
export class UnitCertificateResponse {
  serial: string;
  kind: CertificateKind;
  code: string;
}

/** One published line of a worker of the coordinator's units, with their valid certificates. */
export class UnitResultLineResponse {
  contestId: number;
  tradeName: string;
  name: string;
  unitName: string;
  rank: number | null;
  /** Whether another contestant shares the rank. */
  tied: boolean;
  /** Out of competition: shown with a rank, but takes no title. */
  guest: boolean;
  /** PRESENT, ABSENT or DISQUALIFIED. */
  attendance: Attendance;
  /** Exact, with two decimals, as text; null when not ranked. */
  total: string | null;
  /** The title's code (CHAMPION, …); null without a title. */
  title: string | null;
  /** Why the title was or was not given (Chinese). */
  titleDetail: string;
  certificates: UnitCertificateResponse[];
}
