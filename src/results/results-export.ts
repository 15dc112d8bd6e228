import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { formatCenti } from '../common/points';
import { formulaSafe, formulaSafeRow } from '../common/spreadsheet/formula-guard';
import { SheetNames } from '../common/spreadsheet/sheet-names';
import { CompetitionErrors } from '../competitions/competitions.errors';
import { CompetitionsRepository } from '../competitions/competitions.repository';
import { ContestsRepository } from '../contests/contests.repository';
import { TITLE_NAMES_ZH, type Title } from '../contests/rules';
import { TradesRepository } from '../trades/trades.repository';
import { PublicResultsRepository } from './public.repository';
import type { ResultRow } from './results.entities';
import { ResultsService } from './results.service';
import { unitTable } from './rules/unit-table';

const XLSX_ROWS_PER_PAGE = 5000;

/** 备注: what a reader of the posted list needs to know about a line. */
/** Time used as on the score sheet: `12:05` under an hour, `1:02:05` from an hour on. */
export function clockTime(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

function remark(row: ResultRow): string {
  const notes: string[] = [];
  if (row.attendance === 'ABSENT') notes.push('缺考');
  if (row.attendance === 'DISQUALIFIED') notes.push('取消资格');
  if (row.guest) notes.push('编外');
  if (row.tied) notes.push('并列');
  if (!row.title && row.rank !== null && !row.guest && row.titleReason !== 'OUTSIDE_LADDER') {
    notes.push(row.titleDetailZh);
  }
  return notes.join('；');
}

/**
 * Results as the .xlsx posted for 公示: per contest, one sheet with the title row, rank, name,
 * unit, each part, the total, the title and remarks; for a competition, one sheet per contest
 * (published runs only) and a sheet of titles per unit.
 */
@Injectable()
export class ResultsExport {
  constructor(
    private readonly results: ResultsService,
    private readonly published: PublicResultsRepository,
    private readonly contests: ContestsRepository,
    private readonly competitions: CompetitionsRepository,
    private readonly trades: TradesRepository,
  ) {}

  async contest(
    contestId: number,
    runId?: number,
  ): Promise<{ stream: Readable; filename: string }> {
    const contest = await this.contests.get(contestId);
    const { run, rows } = await this.results.run(
      contestId,
      runId ?? contest.publishedRunId ?? undefined,
    );
    const competition = await this.competitions.findById(contest.competitionId);
    const trade = await this.trades.findById(contest.tradeId);
    const label = `${competition?.name ?? ''} ${trade?.name ?? ''}`.trim();
    const draft = run.id !== contest.publishedRunId ? '（未公示·第' + run.runNo + '次计算）' : '';
    return this.workbook(`${label}成绩${draft}`, (workbook, names) => {
      this.sheet(
        workbook,
        names.name(trade?.name ?? `项目${contestId}`),
        `${label}成绩公示${draft}`,
        rows,
      );
    });
  }

  async competition(competitionId: number): Promise<{ stream: Readable; filename: string }> {
    const competition = await this.competitions.findById(competitionId);
    if (!competition) throw CompetitionErrors.notFound(competitionId);
    const rows = await this.published.all(competitionId);
    return this.workbook(`${competition.name}成绩汇总`, (workbook, names) => {
      const byContest = new Map<number, { trade: string; rows: ResultRow[] }>();
      for (const p of rows) {
        const entry = byContest.get(p.contestId) ?? { trade: p.tradeName, rows: [] };
        entry.rows.push(p.row);
        byContest.set(p.contestId, entry);
      }
      this.unitSheet(
        workbook,
        names.name('单位汇总'),
        competition.name,
        rows.map((p) => p.row),
      );
      for (const { trade, rows: contestRows } of byContest.values()) {
        this.sheet(
          workbook,
          names.name(trade),
          `${competition.name} ${trade}成绩公示`,
          contestRows,
        );
      }
    });
  }

  /**
   * Every text cell goes through formulaSafe (names and titles are free text: =, +, -, @ at the
   * start are neutralised) and every sheet's name through SheetNames (trade names may hold / : …).
   */
  private workbook(
    name: string,
    fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter, names: SheetNames) => void,
  ): { stream: Readable; filename: string } {
    const out = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    try {
      fill(workbook, new SheetNames());
    } catch (error) {
      out.destroy(error as Error);
    }
    workbook.commit().catch((error: Error) => out.destroy(error));
    return { stream: out, filename: `${name}.xlsx` };
  }

  private sheet(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    title: string,
    rows: ResultRow[],
  ): void {
    const parts = rows.find((r) => r.parts.parts.length > 0)?.parts.parts ?? [];
    // 用时 breaks ties after the scores: shown where any contestant has one.
    const withTimes = rows.some((r) => r.timeSeconds !== null);
    const headers = [
      '名次',
      '姓名',
      '单位',
      ...parts.map((p) => `${p.name}成绩`),
      '总成绩',
      ...(withTimes ? ['用时'] : []),
      '称号',
      '备注',
    ];
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    sheet.columns = headers.map((h) => ({ width: h === '单位' ? 30 : h === '备注' ? 36 : 10 }));
    sheet.mergeCells(1, 1, 1, headers.length);
    const titleRow = sheet.getRow(1);
    titleRow.getCell(1).value = formulaSafe(title);
    titleRow.font = { bold: true, size: 14 };
    titleRow.commit();
    const headerRow = sheet.getRow(2);
    headers.forEach((h, i) => (headerRow.getCell(i + 1).value = formulaSafe(h)));
    headerRow.font = { bold: true };
    headerRow.commit();
    for (let i = 0; i < rows.length; i += XLSX_ROWS_PER_PAGE) {
      for (const row of rows.slice(i, i + XLSX_ROWS_PER_PAGE)) {
        const byKey = new Map(row.parts.parts.map((p) => [p.key, p]));
        sheet
          .addRow(
            formulaSafeRow([
              row.rank === null ? '' : row.guest ? `(${row.rank})` : row.rank,
              row.name,
              row.unitName,
              ...parts.map((p) => {
                const cell = byKey.get(p.key);
                return cell ? formatCenti(cell.scaledCenti) : '';
              }),
              row.totalCenti === null ? '' : formatCenti(row.totalCenti),
              ...(withTimes ? [row.timeSeconds === null ? '' : clockTime(row.timeSeconds)] : []),
              row.title ? TITLE_NAMES_ZH[row.title as Title] : '',
              remark(row),
            ]),
          )
          .commit();
      }
    }
    sheet.commit();
  }

  private unitSheet(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    competition: string,
    rows: ResultRow[],
  ): void {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = [
      { width: 36 },
      { width: 10 },
      ...Object.keys(TITLE_NAMES_ZH).map(() => ({ width: 10 })),
    ];
    sheet.addRow([formulaSafe(`${competition} 各单位参赛及获奖情况`)]).commit();
    sheet.addRow(['单位', '参赛人数', ...Object.values(TITLE_NAMES_ZH)]).commit();
    for (const line of unitTable(rows)) {
      sheet
        .addRow([
          formulaSafe(line.unit),
          line.participants,
          ...Object.keys(TITLE_NAMES_ZH).map((t) => line.titles[t] ?? 0),
        ])
        .commit();
    }
    sheet.commit();
  }
}
