import { Injectable } from '@nestjs/common';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdirPrivate, PRIVATE_FILE_MODE } from '../common/private-files';
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

  /**
   * Written beside and renamed into place, so a crash never leaves half a PDF under the name.
   * Owner-only (0700 folders, 0600 files): a certificate names its holder.
   */
  async write(
    certificate: Pick<Certificate, 'competitionId' | 'serial'>,
    pdf: Buffer,
  ): Promise<void> {
    const path = this.path(certificate);
    await mkdirPrivate(join(this.root, String(certificate.competitionId)));
    const partial = `${path}.${process.pid}.part`;
    await writeFile(partial, pdf, { mode: PRIVATE_FILE_MODE });
    await rename(partial, path);
  }

  read(certificate: Pick<Certificate, 'competitionId' | 'serial'>): Promise<Buffer> {
    return readFile(this.path(certificate));
  }
}
