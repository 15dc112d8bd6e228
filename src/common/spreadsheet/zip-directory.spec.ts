import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { deflatedRepeat, writeZip, type ZipEntrySpec } from '../../../test/factories/xlsx-bombs';
import {
  inflateEntry,
  readZipDirectory,
  ZipFormatError,
  ZipLimitError,
  type ZipLimits,
} from './zip-directory';

const LIMITS: ZipLimits = {
  maxEntries: 100,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

const deflated = (name: string, text: string): ZipEntrySpec => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), method: 8, uncompressedSize: raw.length };
};

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

const tooLarge = (found: number) => new Error(`too large: ${found}`);

describe('readZipDirectory', () => {
  it('lists the entries of a workbook with the sizes they declare, as jszip reads them', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').addRow(['姓名', '张三']);
    const input = Buffer.from(await workbook.xlsx.writeBuffer());
    const entries = readZipDirectory(input, LIMITS);
    const jszip = await JSZip.loadAsync(input);
    expect([...entries.values()].map((e) => e.name).sort()).toEqual(
      Object.keys(jszip.files).sort(),
    );
    const sheet = entries.get('xl/worksheets/sheet1.xml')!;
    const xml = await jszip.file('xl/worksheets/sheet1.xml')!.async('nodebuffer');
    expect(sheet.uncompressedSize).toBe(xml.length);
    expect(await collect(inflateEntry(input, sheet, 1 << 20, tooLarge))).toEqual(xml);
  });

  it('keys entries by lower-cased name, as OPC part names are case-insensitive', () => {
    const zip = writeZip([deflated('xl/sharedStrings.xml', '<sst/>')]);
    expect(readZipDirectory(zip, LIMITS).get('xl/sharedstrings.xml')?.name).toBe(
      'xl/sharedStrings.xml',
    );
  });

  it('reads a zip64 end record', () => {
    const zip = writeZip([deflated('a.xml', '<a/>'), deflated('b.xml', '<b/>')], { zip64: true });
    expect([...readZipDirectory(zip, LIMITS).keys()]).toEqual(['a.xml', 'b.xml']);
  });

  it('refuses more entries than the limit by the end record alone', () => {
    const zip = writeZip(Array.from({ length: 5 }, (_, i) => deflated(`p${i}.xml`, '<p/>')));
    // A damaged directory after the end record would be ZipFormatError: the count comes first.
    const damaged = Buffer.from(zip);
    damaged.writeUInt32LE(0, damaged.indexOf(Buffer.from([0x50, 0x4b, 1, 2])));
    for (const input of [zip, damaged]) {
      expect(() => readZipDirectory(input, { ...LIMITS, maxEntries: 4 })).toThrow(
        expect.objectContaining({ details: { limit: 'entries', limitValue: 4, found: 5 } }),
      );
    }
    expect(readZipDirectory(zip, { ...LIMITS, maxEntries: 5 }).size).toBe(5);
  });

  it('refuses a declared total beyond the limit, counting parts that would never be read', () => {
    const zip = writeZip([
      deflated('xl/workbook.xml', '<workbook/>'),
      { ...deflated('docProps/thumbnail.jpeg', 'x'), uncompressedSize: 40 },
      { ...deflated('xl/media/image1.png', 'y'), uncompressedSize: 40 },
    ]);
    expect(() => readZipDirectory(zip, { ...LIMITS, maxTotalBytes: 79 })).toThrow(ZipLimitError);
    expect(readZipDirectory(zip, { ...LIMITS, maxTotalBytes: 91 }).size).toBe(3);
  });

  it('refuses a part packed beyond the ratio limit, but not a small one', () => {
    const bomb = deflatedRepeat('<a>', '<b/>', 16 * 1024 * 1024, '</a>');
    const zip = writeZip([{ name: 'a.xml', ...bomb, method: 8, uncompressedSize: bomb.size }]);
    let error: unknown;
    try {
      readZipDirectory(zip, LIMITS);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as ZipLimitError).details).toMatchObject({ part: 'a.xml', limit: 'ratio' });
    expect((error as ZipLimitError).details.found).toBeGreaterThan(200);
    // 100 KiB of one letter packs ~1000:1 and is harmless: below the floor the ratio is not asked.
    const small = writeZip([deflated('s.xml', 'a'.repeat(100 * 1024))]);
    expect(readZipDirectory(small, LIMITS).size).toBe(1);
  });

  it.each([
    ['not a zip', Buffer.from('PK\u0003\u0004 not really a zip at all')],
    ['cut in half', writeZip([deflated('a.xml', '<a/>')]).subarray(0, 40)],
    ['two entries of one name', writeZip([deflated('a.xml', '<a/>'), deflated('A.xml', '<b/>')])],
    [
      'an encrypted entry',
      (() => {
        const zip = writeZip([deflated('a.xml', '<a/>')]);
        zip.writeUInt16LE(1, zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 8);
        return zip;
      })(),
    ],
  ])('refuses %s as damaged', (_, input) => {
    expect(() => readZipDirectory(input, LIMITS)).toThrow(ZipFormatError);
  });
});

describe('inflateEntry', () => {
  it('stops an entry that inflates beyond what it declares, after about that many bytes', async () => {
    const bomb = deflatedRepeat('<a>', '<b/>', 1024 * 1024 * 1024, '</a>');
    const zip = writeZip([{ name: 'a.xml', ...bomb, method: 8, uncompressedSize: 100_000 }]);
    const entry = readZipDirectory(zip, LIMITS).get('a.xml')!;
    const started = Date.now();
    let seen = 0;
    const reading = (async () => {
      for await (const chunk of inflateEntry(zip, entry, 32 << 20, tooLarge)) seen += chunk.length;
    })();
    await expect(reading).rejects.toThrow(/too large: \d+/);
    expect(seen).toBeLessThanOrEqual(100_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops at the caller’s limit when the declared size is larger', async () => {
    const zip = writeZip([deflated('a.xml', 'x'.repeat(50_000))]);
    const entry = readZipDirectory(zip, LIMITS).get('a.xml')!;
    await expect(collect(inflateEntry(zip, entry, 10_000, tooLarge))).rejects.toThrow('too large');
  });

  it('inflates only as far as it is read', async () => {
    const bomb = deflatedRepeat('<a>', '<b/>', 1024 * 1024 * 1024, '</a>');
    const zip = writeZip([{ name: 'a.xml', ...bomb, method: 8, uncompressedSize: bomb.size }]);
    const entry = readZipDirectory(zip, { ...LIMITS, maxTotalBytes: 2 ** 31, maxRatio: 2000 }).get(
      'a.xml',
    )!;
    const started = Date.now();
    for await (const chunk of inflateEntry(zip, entry, 2 ** 31, tooLarge)) {
      expect(chunk.toString('utf8', 0, 3)).toBe('<a>');
      break;
    }
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('reads stored entries, within the same limits', async () => {
    const zip = writeZip([
      { name: 'a.xml', data: Buffer.from('<a/>'), method: 0, uncompressedSize: 4 },
      { name: 'b.xml', data: Buffer.from('<bbbb/>'), method: 0, uncompressedSize: 3 },
    ]);
    const entries = readZipDirectory(zip, LIMITS);
    expect(
      (await collect(inflateEntry(zip, entries.get('a.xml')!, 100, tooLarge))).toString(),
    ).toBe('<a/>');
    await expect(collect(inflateEntry(zip, entries.get('b.xml')!, 100, tooLarge))).rejects.toThrow(
      'too large',
    );
  });
});
