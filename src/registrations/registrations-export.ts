import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { formulaSafe } from '../common/spreadsheet/formula-guard';
import { RegistrationsRepository, RegistrationView } from './registrations.repository';

const STATUS_ZH: Record<RegistrationView['status'], string> = {
  PENDING: '待审核',
  APPROVED: '已通过',
  REJECTED: '未通过',
  WITHDRAWN: '已退出',
};

const COLUMNS: Array<{ header: string; key: string; width: number; text?: boolean }> = [
  { header: '序号', key: 'no', width: 8 },
  { header: '报名编号', key: 'id', width: 10 },
  { header: '姓名', key: 'name', width: 12 },
  { header: '性别', key: 'gender', width: 6 },
  { header: '身份证号', key: 'idNumber', width: 22, text: true },
  { header: '出生日期', key: 'birthDate', width: 12 },
  { header: '手机', key: 'phone', width: 15, text: true },
  { header: '单位', key: 'unitName', width: 30 },
  { header: '单位代码', key: 'unitCode', width: 14, text: true },
  { header: '状态', key: 'status', width: 8 },
  { header: '未通过原因', key: 'rejectReason', width: 24 },
  { header: '编外', key: 'guest', width: 6 },
  { header: '工位号', key: 'stationNo', width: 8 },
  { header: '加密号', key: 'code', width: 10, text: true },
  { header: '转入申请（登记在）', key: 'transferFrom', width: 30 },
];

const PAGE = 5000;

/**
 * The organizer's registration list as .xlsx (报名汇总表), with the whole ID numbers and phones:
 * the one place they leave the service, for the people who check identities. Written row by row
 * from pages of the database, so memory stays flat however long the list.
 */
@Injectable()
export class RegistrationsExport {
  constructor(private readonly registrations: RegistrationsRepository) {}

  workbook(contestId: number, title: string): Readable {
    const out = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet('报名汇总', { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = COLUMNS.map(({ key, width, text }) => ({
      key,
      width,
      style: text ? { numFmt: '@' } : {},
    }));
    const write = async (): Promise<void> => {
      sheet.mergeCells(1, 1, 1, COLUMNS.length);
      const titleRow = sheet.getRow(1);
      titleRow.getCell(1).value = formulaSafe(title);
      titleRow.font = { bold: true, size: 14 };
      titleRow.commit();
      const headerRow = sheet.getRow(2);
      COLUMNS.forEach((c, i) => (headerRow.getCell(i + 1).value = c.header));
      headerRow.font = { bold: true };
      headerRow.commit();
      let no = 0;
      for (let offset = 0; ; offset += PAGE) {
        const { rows } = await this.registrations.list(contestId, {}, 'id', {
          offset,
          limit: PAGE,
        });
        for (const r of rows) {
          const cells: Record<string, unknown> = {
            no: ++no,
            id: r.id,
            name: r.worker.name,
            gender: r.worker.gender === 'M' ? '男' : '女',
            idNumber: r.worker.idNumber ?? '',
            birthDate: r.worker.birthDate,
            phone: r.worker.phone ?? '',
            unitName: r.unit.name,
            unitCode: r.unit.code,
            status: STATUS_ZH[r.status],
            rejectReason: r.rejectReason ?? '',
            guest: r.outOfCompetition ? '是' : '',
            stationNo: r.stationNo ?? '',
            code: r.blindCode ?? '',
            transferFrom: r.transferFrom
              ? `${r.transferFrom.unit.name}（${r.transferFrom.unit.code}）${r.transferFrom.name}`
              : '',
          };
          // Names, units, reasons are free text: a leading =, +, -, @ is neutralised.
          sheet
            .addRow(Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, formulaSafe(v)])))
            .commit();
        }
        if (rows.length < PAGE) break;
      }
      sheet.commit();
      await workbook.commit();
    };
    write().catch((error: Error) => out.destroy(error));
    return out;
  }
}
