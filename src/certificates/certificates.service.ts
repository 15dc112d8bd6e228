import { Injectable, Logger } from '@nestjs/common';
import archiver from 'archiver';
import { randomInt } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Competition } from '../competitions/competition.entity';
import { Contest } from '../contests/contest.entity';
import { ContestsRepository } from '../contests/contests.repository';
import { UnitOfWork } from '../database/unit-of-work';
import { ResultRow } from '../results/results.entities';
import { Trade } from '../trades/trade.entity';
import { Certificate, CertificateKind } from './certificate.entity';
import { CertificateFiles } from './certificate-files';
import { CertificateRenderer } from './certificate-renderer';
import { CertificateErrors } from './certificates.errors';
import { CertificatesRepository, NewCertificate } from './certificates.repository';

export interface IssueReport {
  /** The published run the certificates now follow. */
  runId: number;
  issued: number;
  revoked: number;
  unchanged: number;
  drawn: number;
}

/** No 0/O/1/I: the code is read off paper and typed in. 32^12 ≈ 10^18 codes. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;

export function verificationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** `FX2017-ECOM-0001`: competition, trade, the contest's running number. */
export function serialOf(competitionCode: string, tradeCode: string, seq: number): string {
  return `${competitionCode}-${tradeCode}-${String(seq).padStart(4, '0')}`;
}

/** The day of issue as printed: the date in China, whatever the server's time zone. */
function chinaDate(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

interface Wanted {
  registrationId: number;
  kind: CertificateKind;
  title: string | null;
  name: string;
  unitName: string;
}

/**
 * Issuing (颁发), correcting and drawing certificates. Exactly once comes from the database: a
 * unique index allows one valid certificate per registration and kind, serials and codes are
 * unique, and the issue step is one transaction; drawing the PDFs comes after and only fills in
 * what is missing, so a job killed half-way resumes where it stopped.
 */
@Injectable()
export class CertificatesService {
  private readonly logger = new Logger('Certificates');

  constructor(
    private readonly dataSource: DataSource,
    private readonly certificates: CertificatesRepository,
    private readonly files: CertificateFiles,
    private readonly renderer: CertificateRenderer,
    private readonly unitOfWork: UnitOfWork,
    private readonly contests: ContestsRepository,
  ) {}

  async assertPublished(contestId: number): Promise<Contest> {
    const contest = await this.contests.get(contestId);
    if (contest.publishedRunId === null) throw CertificateErrors.notPublished(contestId);
    return contest;
  }

  async issue(
    contestId: number,
    participation: boolean,
    onProgress: (percent: number) => Promise<void> | void = () => undefined,
  ): Promise<IssueReport> {
    const report = await this.unitOfWork.run((manager) =>
      this.reconcile(manager, contestId, participation),
    );
    await onProgress(20);
    const issued = await this.certificates.issued(contestId);
    for (const [i, certificate] of issued.entries()) {
      if (!(await this.files.exists(certificate))) {
        await this.files.write(certificate, await this.renderer.render(certificate));
        report.drawn++;
      }
      if (i % 20 === 0) await onProgress(20 + Math.floor((80 * (i + 1)) / issued.length));
    }
    await onProgress(100);
    this.logger.log(`contest ${contestId}: ${JSON.stringify(report)}`);
    return report;
  }

  /** The PDFs of these certificates as one .zip, streamed (stored, not compressed: PDFs are). */
  zip(certificates: Certificate[]): Readable {
    const archive = archiver('zip', { store: true });
    void (async () => {
      for (const c of certificates) archive.append(await this.pdf(c), { name: `${c.serial}.pdf` });
      await archive.finalize();
    })().catch((error: Error) => archive.destroy(error));
    return archive;
  }

  /** The PDF of a certificate, drawn again from the database if its file is missing. */
  async pdf(certificate: Certificate): Promise<Buffer> {
    if (!(await this.files.exists(certificate))) {
      await this.files.write(certificate, await this.renderer.render(certificate));
    }
    return this.files.read(certificate);
  }

  /**
   * Makes the contest's valid certificates match its published results: new ones for new titles,
   * revoked-and-reissued ones (new serial) where what a certificate says has changed, revoked
   * ones where a title is gone. One transaction; on PostgreSQL the contest row is held.
   */
  private async reconcile(
    manager: EntityManager,
    contestId: number,
    participation: boolean,
  ): Promise<IssueReport> {
    await this.contests.lock(manager, contestId);
    const contest = await this.contests.get(contestId, manager);
    if (contest.publishedRunId === null) throw CertificateErrors.notPublished(contestId);
    const competition = await manager
      .getRepository(Competition)
      .findOneByOrFail({ id: contest.competitionId });
    const trade = await manager.getRepository(Trade).findOneByOrFail({ id: contest.tradeId });
    const rows = await manager.getRepository(ResultRow).find({
      where: { runId: contest.publishedRunId },
      order: { position: 'ASC' },
    });
    const existing = await this.certificates.issued(contestId, manager);
    const withParticipation = participation || existing.some((c) => c.kind === 'PARTICIPATION');
    const wanted: Wanted[] = [];
    for (const row of rows) {
      const who = { registrationId: row.registrationId, name: row.name, unitName: row.unitName };
      if (row.title) wanted.push({ ...who, kind: 'TITLE', title: row.title });
      if (withParticipation && row.rank !== null)
        wanted.push({ ...who, kind: 'PARTICIPATION', title: null });
    }
    const key = (c: { registrationId: number; kind: string }) => `${c.registrationId}:${c.kind}`;
    const current = new Map(existing.map((c) => [key(c), c]));
    const wantedKeys = new Set(wanted.map(key));
    const now = new Date();
    const toRevoke: Certificate[] = existing.filter((c) => !wantedKeys.has(key(c)));
    const toIssue: Wanted[] = [];
    let unchanged = 0;
    for (const w of wanted) {
      const c = current.get(key(w));
      const same =
        c &&
        c.title === w.title &&
        c.name === w.name &&
        c.unitName === w.unitName &&
        c.tradeName === trade.name;
      if (same) unchanged++;
      else {
        if (c) toRevoke.push(c);
        toIssue.push(w);
      }
    }
    await this.certificates.revoke(
      manager,
      toRevoke.map((c) => c.id),
      'RESULT_CHANGED',
      now,
    );
    let seq = await this.certificates.lastSeq(manager, contestId);
    const fresh: NewCertificate[] = toIssue.map((w) => ({
      competitionId: competition.id,
      contestId,
      registrationId: w.registrationId,
      runId: contest.publishedRunId!,
      kind: w.kind,
      title: w.title,
      seq: ++seq,
      serial: serialOf(competition.code, trade.code, seq),
      code: verificationCode(),
      status: 'ISSUED',
      name: w.name,
      unitName: w.unitName,
      tradeName: trade.name,
      competitionName: competition.name,
      issuingBody: competition.issuingBody ?? '大赛组委会',
      issuedOn: chinaDate(now),
      replacedBy: null,
      revokedAt: null,
      revokeReason: null,
      createdAt: now,
    }));
    await this.certificates.insertMissing(manager, fresh);
    const after = new Map(
      (await this.certificates.issued(contestId, manager)).map((c) => [key(c), c]),
    );
    for (const old of toRevoke) {
      const replacement = after.get(key(old));
      if (replacement) await this.certificates.setReplacedBy(manager, old.id, replacement.id);
    }
    return {
      runId: contest.publishedRunId,
      issued: fresh.length,
      revoked: toRevoke.length,
      unchanged,
      drawn: 0,
    };
  }
}
