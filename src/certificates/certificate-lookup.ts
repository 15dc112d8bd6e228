import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../common/personal-data/personal-data-cipher';
import { Registration } from '../registrations/registration.entity';
import { parseIdNumber } from '../workers/rules/id-number';
import { normalisePersonName } from '../workers/rules/text';
import { Worker } from '../workers/worker.entity';
import { Certificate } from './certificate.entity';
import { CertificateErrors } from './certificates.errors';

/** A worker's valid certificates, found by name and ID number; any mismatch is the same 404. */
@Injectable()
export class CertificateLookup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async forWorker(name: string, idNumber: string): Promise<Certificate[]> {
    const parsed = parseIdNumber(idNumber);
    if (!parsed.ok) throw CertificateErrors.notFound();
    const found = await this.dataSource
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .innerJoin(Registration, 'r', 'r.id = c.registrationId')
      .innerJoin(Worker, 'w', 'w.id = r.workerId')
      .where("c.status = 'ISSUED' AND w.idNumberHash = :hash AND w.name = :name", {
        hash: this.cipher.hash('id_number', parsed.idNumber),
        name: normalisePersonName(name),
      })
      .orderBy('c.id')
      .getMany();
    if (found.length === 0) throw CertificateErrors.notFound();
    return found;
  }
}
