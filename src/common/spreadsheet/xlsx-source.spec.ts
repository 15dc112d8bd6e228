import { PassThrough } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { headerMatcher } from './header-names';
import { SpreadsheetFileError, tableErrors } from './table-errors';
import type { RawTableRow, TableVocabulary } from './table-vocabulary';
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { BOMB_PARTS, writeZip, xlsxBomb, type BombPart } from '../../../test/factories/xlsx-bombs';
import {
  cellFromValue,
  numberText,
  readXlsxRows,
  verifyXlsxSizes,
  XLSX_LIMITS,
  xlsxUnpackedSize,
  type XlsxLimits,
} from './xlsx-source';
import { readZipDirectory } from './zip-directory';

// The sources only need the errors of some vocabulary; this one names its codes SHEET_*.
const VOCABULARY: TableVocabulary<'a'> = {
  fields: ['a'],
  codePrefix: 'SHEET',
  document: { en: 'sheet', zh: '表格' },
  labels: { a: 'A' },
  match: headerMatcher(['a'], { a: ['a'] }, 'Test'),
  isHeader: (columns) => columns.a !== undefined,
  describe: () => ({ en: 'an A column', zh: '须有A列。', accepted: { a: ['a'] } }),
};
const ERRORS = tableErrors(VOCABULARY);

async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Wall time allowed to a bomb test: what is asserted is CPU time; on a machine busy with other
 * suites, reading the liar's 32 MiB took more than jest's default 5 s of wall time.
 */
const BOMB_TIMEOUT_MS = 60_000;

async function rawRows(input: Buffer, limits?: XlsxLimits): Promise<RawTableRow[]> {
  const rows: RawTableRow[] = [];
  for await (const row of readXlsxRows(input, ERRORS, limits)) rows.push(row);
  return rows;
}

describe('numberText', () => {
  it.each([
    [13904180009, '13904180009'],
    [0, '0'],
    [-42, '-42'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    // What Excel's <v>1.1010519491231002E+17</v> parses to; Excel shows 110105194912310000.
    [1.1010519491231002e17, '110105194912310000'],
    [1.10105e17, '110105000000000000'],
    [1.5, '1.5'],
    [87.5, '87.5'],
    [0.000001, '0.000001'],
  ])('prints %p as %s', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});

describe('cellFromValue', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    [' 张三 ', { text: ' 张三 ', storedAsNumber: false }],
    [13904180009, { text: '13904180009', storedAsNumber: true }],
    [true, { text: 'TRUE', storedAsNumber: false }],
    [new Date(Date.UTC(1985, 2, 15)), { text: '1985-03-15', storedAsNumber: true }],
    [{ richText: [{ text: '王' }, { text: '建国' }] }, { text: '王建国', storedAsNumber: false }],
    [
      { formula: 'A1&""', result: '13904180010' },
      { text: '13904180010', storedAsNumber: false },
    ],
    [
      { formula: 'A1*1', result: 13904180010 },
      { text: '13904180010', storedAsNumber: true },
    ],
    [{ formula: 'A1' }, undefined],
    [{ error: '#N/A' }, { text: '#N/A', storedAsNumber: false }],
    [
      { text: '王建国', hyperlink: 'mailto:a@b.cn' },
      { text: '王建国', storedAsNumber: false },
    ],
  ] as Array<[ExcelJS.CellValue, unknown]>)('converts %j', (value, cell) => {
    expect(cellFromValue(value)).toEqual(cell);
  });
});

describe('readXlsxRows', () => {
  it('yields every stored row with 0-based cells and the row numbers Excel shows', async () => {
    const input = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('表');
      sheet.getCell('A1').value = '标题';
      sheet.getCell('B3').value = 12;
      sheet.getCell('D3').value = '末列';
    });
    const rows = await rawRows(input);
    expect(rows).toEqual([
      { rowNumber: 1, cells: [{ text: '标题', storedAsNumber: false }] },
      {
        rowNumber: 3,
        cells: [
          undefined,
          { text: '12', storedAsNumber: true },
          undefined,
          { text: '末列', storedAsNumber: false },
        ],
      },
    ]);
  });

  it('reads the first visible sheet in tab order, not in zip order', async () => {
    const input = await workbookBuffer((workbook) => {
      workbook.addWorksheet('配置', { state: 'hidden' }).addRow(['隐藏']);
      workbook.addWorksheet('数据').addRow(['可见']);
      workbook.addWorksheet('其他').addRow(['其他']);
    });
    const rows = await rawRows(input);
    expect(rows.map((row) => row.cells[0]?.text)).toEqual(['可见']);
  });

  it.each([
    ['shared strings', 'sharedStringsBytes', [['王建国', '1'.repeat(5000)]]],
    ['sheet', 'sheetBytes', Array.from({ length: 500 }, (_, i) => ['王建国', i])],
  ] as const)(
    'gives up with <PREFIX>_TOO_LARGE on %s beyond the limit',
    async (_part, limit, data) => {
      const input = await workbookBuffer((workbook) => {
        workbook.addWorksheet('表').addRows([['姓名', '身份证号'], ...data]);
      });
      const limits = { ...XLSX_LIMITS, [limit]: 4096 };
      const error: unknown = await rawRows(input, limits).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SpreadsheetFileError);
      expect(error).toMatchObject({ code: 'SHEET_TOO_LARGE', kind: 'TOO_LARGE' });
      expect((error as SpreadsheetFileError).messageZh).toContain('不像是表格');
    },
  );

  describe('zip bombs: a real workbook with one part replaced by 1 GiB of repetitive XML', () => {
    let small: Buffer;
    beforeAll(async () => {
      small = await workbookBuffer((workbook) => {
        const sheet = workbook.addWorksheet('表');
        sheet.addRow(['姓名', '出生日期']);
        sheet.addRow(['张三', new Date(Date.UTC(1985, 2, 15))]);
        sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
      });
      // The reader's modules (unzipping, the XML parser) load on first use, which under a busy
      // machine costs seconds of CPU by itself: load them here, outside what is measured.
      await rawRows(small);
    });

    it.each(
      (Object.keys(BOMB_PARTS) as BombPart[]).flatMap((part) => [
        [part, 'declaring its size'] as const,
        [part, 'lying about its size'] as const,
      ]),
    )(
      'refuses %s %s within seconds of CPU, not the gigabyte’s',
      async (part, how) => {
        const lie = how === 'lying about its size';
        const input = await xlsxBomb(small, part, 1024 * 1024 * 1024, lie);
        expect(input.length).toBeLessThan(5 * 1024 * 1024);
        // CPU time, not wall time: the machine may be busy with other suites. Reading the gigabyte
        // (inflating it and parsing the XML) costs many seconds of CPU; what is read here is at
        // most the few MB the part declared, and the XML parsed from them.
        const started = process.cpuUsage();
        const error: unknown = await rawRows(input).catch((caught: unknown) => caught);
        const used = process.cpuUsage(started);
        // Measured here: 0.3–530 ms alone, up to 3.1 s with the whole suite running beside it (a
        // lying sheet has up to its 32 MiB limit inflated and parsed); the gigabyte is 32 times that.
        expect((used.user + used.system) / 1000).toBeLessThan(8000);
        expect(error).toMatchObject({ code: 'SHEET_TOO_LARGE', kind: 'TOO_LARGE' });
        // An honest directory is refused before inflating, by the part's own limit; a liar after
        // inflating what it declared.
        expect((error as SpreadsheetFileError).details).toMatchObject({ part, limit: 'partBytes' });
      },
      BOMB_TIMEOUT_MS,
    );

    it('refuses each part by its declared size before inflating it', async () => {
      for (const [part, limit] of [
        ['xl/workbook.xml', 'workbookBytes'],
        ['xl/_rels/workbook.xml.rels', 'workbookBytes'],
        ['xl/styles.xml', 'stylesBytes'],
        ['xl/sharedStrings.xml', 'sharedStringsBytes'],
        ['xl/worksheets/sheet1.xml', 'sheetBytes'],
      ] as const) {
        const declared = readZipDirectory(small, XLSX_LIMITS.zip).get(part.toLowerCase())!;
        const limits = { ...XLSX_LIMITS, [limit]: declared.uncompressedSize - 1 };
        await expect(rawRows(small, limits)).rejects.toMatchObject({
          code: 'SHEET_TOO_LARGE',
          details: {
            // workbook.xml and its .rels share one limit: whichever comes first in the zip.
            part:
              limit === 'workbookBytes'
                ? expect.stringMatching(/^xl\/(_rels\/)?workbook\.xml/)
                : part,
            limit: 'partBytes',
            limitValue: declared.uncompressedSize - 1,
          },
        });
        expect(() => xlsxUnpackedSize(small, ERRORS, limits)).toThrow(SpreadsheetFileError);
      }
    });

    it(
      'verifies, inflating without parsing, that no part holds more than it declares',
      async () => {
        await expect(verifyXlsxSizes(small, ERRORS)).resolves.toBeUndefined();
        for (const part of Object.keys(BOMB_PARTS) as BombPart[]) {
          const liar = await xlsxBomb(small, part, 1024 * 1024 * 1024, true);
          const started = Date.now();
          await expect(verifyXlsxSizes(liar, ERRORS)).rejects.toMatchObject({
            code: 'SHEET_TOO_LARGE',
            details: { part },
          });
          expect(Date.now() - started).toBeLessThan(1000);
        }
      },
      BOMB_TIMEOUT_MS,
    );

    it('never inflates the parts a table does not need', async () => {
      // Garbage that would fail to inflate, declared far larger than it is: never touched.
      const zip = await JSZip.loadAsync(small);
      const entries = await Promise.all(
        Object.values(zip.files)
          .filter((file) => !file.dir)
          .map(async (file) => {
            const raw = await file.async('nodebuffer');
            return {
              name: file.name,
              data: deflateRawSync(raw),
              method: 8 as const,
              uncompressedSize: raw.length,
            };
          }),
      );
      for (const name of [
        'docProps/custom.xml',
        'xl/theme/theme2.xml',
        'xl/printerSettings/printerSettings1.bin',
        'xl/worksheets/sheet2.xml',
      ]) {
        entries.push({
          name,
          data: Buffer.alloc(1000, 0xff),
          method: 8,
          uncompressedSize: 900_000,
        });
      }
      const zipped = writeZip(entries);
      // Sizes only: the garbage in sheet2 is not this check's to report.
      await expect(verifyXlsxSizes(zipped, ERRORS)).resolves.toBeUndefined();
      const rows = await rawRows(zipped);
      expect(rows.map((row) => row.cells.map((cell) => cell?.text))).toEqual([
        ['姓名', '出生日期'],
        ['张三', '1985-03-15'],
      ]);
    });

    it('sizes a workbook by what reading it unpacks, from the directory alone', () => {
      const entries = readZipDirectory(small, XLSX_LIMITS.zip);
      const declared = (name: string) => entries.get(name)?.uncompressedSize ?? 0;
      expect(xlsxUnpackedSize(small, ERRORS)).toBe(
        declared('xl/workbook.xml') +
          declared('xl/_rels/workbook.xml.rels') +
          declared('xl/styles.xml') +
          declared('xl/sharedstrings.xml') +
          declared('xl/worksheets/sheet1.xml'),
      );
    });
  });

  it('rejects a workbook without worksheets, naming the document', async () => {
    const input = await workbookBuffer(() => undefined);
    await expect(rawRows(input)).rejects.toMatchObject({
      code: 'SHEET_UNREADABLE',
      message: 'Sheet file unreadable: no worksheet found',
      messageZh: '文件中没有找到工作表。请确认上传的是 Excel 表格（.xlsx）。',
    });
  });

  it('wraps exceljs failures as <PREFIX>_UNREADABLE', async () => {
    const input = await workbookBuffer((workbook) => workbook.addWorksheet('表').addRow(['a']));
    await expect(rawRows(input.subarray(0, input.length / 2))).rejects.toMatchObject({
      code: 'SHEET_UNREADABLE',
      details: { reason: expect.any(String) as unknown },
    });
  });

  it('streams 40,000 rows without garbling Chinese text at chunk boundaries', async () => {
    const count = 40_000;
    const name = (i: number) => `职工${i}号张三丰`;
    const unit = (i: number) => `阜新市第${i % 300}机械厂工会`;
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
    const sheet = writer.addWorksheet('报名表');
    sheet.addRow(['2024年职工职业技能大赛报名表']).commit();
    sheet.addRow(['序号', '姓名', '身份证号', '单位']).commit();
    for (let i = 1; i <= count; i++) {
      const id = String(210902198503150000n + BigInt(i));
      sheet.addRow([i, name(i), id, unit(i)]).commit();
    }
    sheet.commit();
    await writer.commit();
    const input = Buffer.concat(chunks);

    let seen = 0;
    let garbled = 0;
    let last: RawTableRow | undefined;
    for await (const row of readXlsxRows(input, ERRORS)) {
      seen++;
      last = row;
      if (row.rowNumber <= 2) continue;
      const i = row.rowNumber - 2;
      if (row.cells[1]?.text !== name(i) || row.cells[3]?.text !== unit(i)) garbled++;
    }
    expect(seen).toBe(count + 2);
    expect(garbled).toBe(0);
    expect(last?.rowNumber).toBe(count + 2);
    expect(last?.cells[2]).toEqual({ text: '210902198503190000', storedAsNumber: false });
  }, 60_000);
});
