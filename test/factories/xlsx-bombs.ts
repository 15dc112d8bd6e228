/**
 * Zip bombs shaped like .xlsx uploads: a real small workbook whose one part is replaced by a
 * gigabyte of repetitive XML, deflated to a megabyte or two. Built at test time, in milliseconds.
 */
import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** What the directory declares; a liar declares less than it holds. */
  uncompressedSize: number;
}

/**
 * A plain zip (no data descriptors); CRCs are left 0, which the reader never checks. `zip64` adds
 * the zip64 end records and saturates the classic end record's fields, as big-file writers do.
 */
export function writeZip(entries: ZipEntrySpec[], options: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  if (!options.zip64) return Buffer.concat([...locals, ...directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, ...directory, record, locator, end]);
}

/** Deflated without a final block, byte-aligned and with no reference back: segments concatenate. */
const segment = (text: string): Buffer =>
  deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH });

/**
 * `head`, then `unit` repeated to about `bytes`, then `tail`, deflated. The repeated 1 MiB block is
 * compressed once and its bytes repeated, which is what makes a gigabyte cost milliseconds.
 */
export function deflatedRepeat(
  head: string,
  unit: string,
  bytes: number,
  tail: string,
): { data: Buffer; size: number } {
  const block = unit.repeat(Math.max(1, Math.floor((1024 * 1024) / unit.length)));
  const blocks = Math.max(1, Math.round(bytes / block.length));
  const repeated = segment(block);
  const data = Buffer.concat([
    segment(head),
    ...Array.from({ length: blocks }, () => repeated),
    segment(tail),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  const size =
    Buffer.byteLength(head) + blocks * Buffer.byteLength(block) + Buffer.byteLength(tail);
  return { data, size };
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The parts a bomb can sit in, each as the head, the repeated element and the tail of its XML. */
export const BOMB_PARTS = {
  'xl/_rels/workbook.xml.rels': [
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet1.xml"/>`,
    `<Relationship Id="rId9" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet9.xml"/>`,
    '</Relationships>',
  ],
  'xl/styles.xml': [
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><cellXfs count="1">`,
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '</cellXfs></styleSheet>',
  ],
  'xl/sharedStrings.xml': [
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}"><si><t>姓名</t></si>`,
    '<si><t>张三</t></si>',
    '</sst>',
  ],
  'xl/worksheets/sheet1.xml': [
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`,
    '<row r="3"><c r="A3" t="inlineStr"><is><t>张三</t></is></c></row>',
    '</sheetData></worksheet>',
  ],
} as const;

export type BombPart = keyof typeof BOMB_PARTS;

/**
 * `workbook` (a real .xlsx) with `part` replaced by about `bytes` of repetitive XML. `lie` makes
 * the directory declare the part as small as its packed size, as a hostile tool would.
 */
export async function xlsxBomb(
  workbook: Buffer,
  part: BombPart,
  bytes: number,
  lie = false,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const entries: ZipEntrySpec[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir || file.name === part) continue;
    const raw = await file.async('nodebuffer');
    entries.push({
      name: file.name,
      data: deflateRawSync(raw),
      method: 8,
      uncompressedSize: raw.length,
    });
  }
  const [head, unit, tail] = BOMB_PARTS[part];
  const bomb = deflatedRepeat(head, unit, bytes, tail);
  entries.push({
    name: part,
    data: bomb.data,
    method: 8,
    uncompressedSize: lie ? bomb.data.length : bomb.size,
  });
  return writeZip(entries);
}
