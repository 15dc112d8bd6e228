import { Injectable, OnModuleInit } from '@nestjs/common';
import { Environment } from '../config/environment';
import { TITLE_NAMES_ZH, type Title } from '../contests/rules';
import type { Certificate } from './certificate.entity';
import { CertificateErrors } from './certificates.errors';
import { CertificateFonts } from './pdf/fonts';
import { GlyphMissingError, renderCertificate } from './pdf/certificate-pdf';

/**
 * Draws a certificate from its database row. The fonts are found and read once, when the process
 * starts: with no usable CJK font the process refuses to start, rather than print boxes later.
 */
@Injectable()
export class CertificateRenderer implements OnModuleInit {
  private fonts: CertificateFonts | undefined;

  constructor(private readonly env: Environment) {}

  onModuleInit(): void {
    this.fonts = CertificateFonts.load({ fontPath: this.env.CERT_FONT_PATH });
  }

  verifyUrl(code: string): string {
    return `${this.env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/verify/${code}`;
  }

  async render(certificate: Certificate): Promise<Buffer> {
    this.fonts ??= CertificateFonts.load({ fontPath: this.env.CERT_FONT_PATH });
    try {
      return await renderCertificate(
        {
          serial: certificate.serial,
          name: certificate.name,
          unit: certificate.unitName,
          trade: certificate.tradeName,
          title: certificate.title ? TITLE_NAMES_ZH[certificate.title as Title] : null,
          competition: certificate.competitionName,
          issuingBody: certificate.issuingBody,
          issuedOn: certificate.issuedOn,
          verifyUrl: this.verifyUrl(certificate.code),
        },
        this.fonts,
      );
    } catch (error) {
      if (error instanceof GlyphMissingError) {
        throw CertificateErrors.glyphMissing(certificate.serial, error.chars);
      }
      throw error;
    }
  }
}
