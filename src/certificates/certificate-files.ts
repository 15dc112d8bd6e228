import { Injectable } from '@nestjs/common';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import type { Certificate } from './certificate.entity';

/**
 * Where the PDFs live: CERT_DIR (default DATA_DIR/certificates)/<competition>/<serial>.pdf. The
 * database is the record; a file is only a drawing of it, redrawn when missing.
 */
@Injectable()
export class CertificateFiles {
  readonly root: string;

  constructor(env: Environment) {
    this.root = env.CERT_DIR ?? join(env.DATA_DIR, 'certificates');
  }

  path(certificate: Pick<Certificate, 'competitionId' | 'serial'>): string {
    return join(this.root, String(certificate.competitionId), `${certificate.serial}.pdf`);
  }

  async exists(certificate: Pick<Certificate, 'competitionId' | 'serial'>): Promise<boolean> {
    try {
      return (await stat(this.path(certificate))).size > 0;
    } catch {
      return false;
    }
  }

  /** Written beside and renamed into place, so a crash never leaves half a PDF under the name. */
  async write(
    certificate: Pick<Certificate, 'competitionId' | 'serial'>,
    pdf: Buffer,
  ): Promise<void> {
    const path = this.path(certificate);
    await mkdir(join(this.root, String(certificate.competitionId)), { recursive: true });
    const partial = `${path}.${process.pid}.part`;
    await writeFile(partial, pdf);
    await rename(partial, path);
  }

  read(certificate: Pick<Certificate, 'competitionId' | 'serial'>): Promise<Buffer> {
    return readFile(this.path(certificate));
  }
}
