/**
 * The central directory of an uploaded zip (an .xlsx), read and checked before anything is
 * inflated, and size-limited inflation of single entries.
 *
 * Why not a library: exceljs brings unzipper 0.10 and jszip 3. unzipper's directory reader streams
 * the buffer through bluebird promises and pulls every entry header one by one; jszip keeps the
 * declared sizes in private fields and inflates through pako with no output limit. Neither checks
 * what a zip bomb exploits, so either would need the same checks written around its internals.
 * The format is small and fixed (APPNOTE.TXT 4.3): the end record, then one 46-byte header per
 * entry, then a 30-byte local header before each entry's data; node:zlib inflates.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  /** The name as stored, e.g. `xl/worksheets/sheet1.xml`. */
  name: string;
  /** 0 stored, 8 deflated; nothing else is accepted. */
  method: number;
  compressedSize: number;
  /** What the directory declares; inflation is cut off beyond it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Entries in the directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries, read or not. */
  maxTotalBytes: number;
  /** Declared uncompressed over compressed size, for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** The zip is damaged or uses a feature no spreadsheet program writes. */
export class ZipFormatError extends Error {}

/** The zip declares (or, lying, inflates to) more than a limit allows. */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    readonly details: { part?: string; limit: string; limitValue: number; found: number },
  ) {
    super(message);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

function fail(reason: string): never {
  throw new ZipFormatError(reason);
}

function u64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail('a zip64 field is out of range');
  return Number(value);
}

function endOfDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - 22 - MAX_COMMENT);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  fail('no zip end-of-directory record');
}

interface DirectoryBounds {
  count: number;
  offset: number;
  size: number;
}

function directoryBounds(zip: Buffer, end: number): DirectoryBounds {
  let count = zip.readUInt16LE(end + 10);
  let size = zip.readUInt32LE(end + 12);
  let offset = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0) {
    fail('multi-volume zips are not supported');
  }
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // Zip64: the real values are in a record that a locator just before this one points to.
    const locator = end - 20;
    if (locator < 0 || zip.readUInt32LE(locator) !== ZIP64_LOCATOR) fail('zip64 locator missing');
    const record = u64(zip, locator + 8);
    if (record + 56 > locator || zip.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) {
      fail('zip64 end-of-directory record missing');
    }
    count = u64(zip, record + 32);
    size = u64(zip, record + 40);
    offset = u64(zip, record + 48);
  }
  if (offset + size > end) fail('the zip directory lies outside the file');
  return { count, offset, size };
}

/** Zip64 extra field (id 1): the 64-bit values of whichever 32-bit fields were saturated. */
function zip64Values(
  extra: Buffer,
  entry: Pick<ZipEntry, 'uncompressedSize' | 'compressedSize' | 'localHeaderOffset'>,
): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    let field = at + 4;
    if (id === 1) {
      const take = (): number => {
        if (field + 8 > at + 4 + length) fail('zip64 extra field too short');
        const value = u64(extra, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Every entry of the zip, keyed by lower-cased name (OPC part names are case-insensitive), after
 * the checks that need no inflating: entry count, each part's declared size against `partLimit`
 * (given the lower-cased name), declared sizes in total, compression ratio.
 * Throws ZipFormatError for a damaged or unusual zip, ZipLimitError beyond a limit.
 */
export function readZipDirectory(
  zip: Buffer,
  limits: ZipLimits,
  partLimit: (key: string) => number | undefined = () => undefined,
): Map<string, ZipEntry> {
  if (zip.length < 22) fail('too short to be a zip');
  const { count, offset, size } = directoryBounds(zip, endOfDirectory(zip));
  if (count > limits.maxEntries) {
    throw new ZipLimitError(`The zip has ${count} entries; at most ${limits.maxEntries} are read`, {
      limit: 'entries',
      limitValue: limits.maxEntries,
      found: count,
    });
  }
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      fail('damaged zip directory');
    }
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) fail('damaged zip directory');
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    zip64Values(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    at = next;
    // Password-protected workbooks are OLE2 files, not zips; an encrypted entry is not Excel's.
    if (flags & 1) fail(`entry ${entry.name} is encrypted`);
    const key = entry.name.toLowerCase();
    // Two entries of one name: other zip readers would take the other one (a known smuggling trick).
    if (entries.has(key)) fail(`entry ${entry.name} appears twice`);
    entries.set(key, entry);
    const limit = partLimit(key);
    if (limit !== undefined && entry.uncompressedSize > limit) {
      throw new ZipLimitError(`${entry.name} declares more than ${limit} bytes`, {
        part: entry.name,
        limit: 'partBytes',
        limitValue: limit,
        found: entry.uncompressedSize,
      });
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw new ZipLimitError(
        `The zip declares more than ${limits.maxTotalBytes} bytes uncompressed in total`,
        { limit: 'totalBytes', limitValue: limits.maxTotalBytes, found: total },
      );
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ZipLimitError(
        `${entry.name} declares a compression ratio of ${Math.round(ratio)}:1 (at most ${limits.maxRatio}:1)`,
        { part: entry.name, limit: 'ratio', limitValue: limits.maxRatio, found: Math.round(ratio) },
      );
    }
  }
  return entries;
}

/** The stored bytes of an entry, found through its local header. */
function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) {
    fail(`damaged local header of ${entry.name}`);
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) fail(`${entry.name} runs past the end of the file`);
  return zip.subarray(start, end);
}

/**
 * The entry's bytes as they inflate, never more than `maxBytes` nor more than the entry declares
 * (a lying declaration is caught here, after at most that many bytes). Only as much is inflated as
 * the consumer reads: stopping early stops the inflater.
 */
export async function* inflateEntry(
  zip: Buffer,
  entry: ZipEntry,
  maxBytes: number,
  tooLarge: (found: number) => Error,
): AsyncGenerator<Buffer, void, undefined> {
  const limit = Math.min(maxBytes, entry.uncompressedSize);
  const data = entryData(zip, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(data.length);
    const step = 64 * 1024;
    for (let at = 0; at < data.length; at += step) yield data.subarray(at, at + step);
    return;
  }
  if (entry.method !== 8) fail(`${entry.name} uses compression method ${entry.method}`);
  const inflater = createInflateRaw();
  inflater.end(data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw tooLarge(total);
      yield chunk;
    }
  } finally {
    inflater.destroy();
  }
}
