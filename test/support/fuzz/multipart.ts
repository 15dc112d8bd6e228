import fc from 'fast-check';

/** One part of a multipart/form-data body, written byte for byte as given. */
export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer;
}

const CRLF = '\r\n';

/** A multipart body; `boundary` is used in the body whatever the header will claim. */
export function multipart(parts: Part[], boundary: string, close = true): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition =
      `Content-Disposition: form-data; name="${p.name}"` +
      (p.filename !== undefined ? `; filename="${p.filename}"` : '');
    const type = p.contentType ? `${CRLF}Content-Type: ${p.contentType}` : '';
    chunks.push(Buffer.from(`--${boundary}${CRLF}${disposition}${type}${CRLF}${CRLF}`, 'utf8'));
    chunks.push(p.content, Buffer.from(CRLF));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

/** File names an attacker would try: traversal, NUL, header injection, absurd lengths. */
export const HOSTILE_FILENAMES: readonly string[] = [
  '../../etc/passwd.xlsx',
  '../../../../../../tmp/fuzz-owned.xlsx',
  '..\\..\\..\\windows\\system32\\roster.xlsx',
  '/etc/cron.d/roster.xlsx',
  'roster.xlsx\u0000.exe',
  'roster.xlsx\r\nX-Injected: 1',
  '".xlsx',
  '',
  '.xlsx',
  `${'名'.repeat(300)}.xlsx`,
  'roster.xlsx.exe',
  'roster.XLSX',
  'roster.xls',
  'roster.pdf',
  'roster.csv',
  'roster',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd.xlsx',
];

/** Bytes that are not a workbook: random, a zip header with junk, text, a truncated real file. */
export function hostileFileContent(realWorkbook: Buffer): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 2048 }).map((a) => Buffer.from(a)),
    fc
      .uint8Array({ minLength: 1, maxLength: 2048 })
      .map((a) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(a)])),
    fc
      .integer({ min: 1, max: Math.max(1, realWorkbook.length - 1) })
      .map((n) => realWorkbook.subarray(0, n)),
    fc.constantFrom(
      Buffer.from(''),
      Buffer.from('\uFEFF'),
      Buffer.from('a,b,c\n1,2,3\n'),
      Buffer.from('\u0000'.repeat(64)),
      Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      ),
      Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
    ),
  );
}

/** Uploads that must be refused: none is a readable workbook or CSV in the field `file`. */
export function uploadArb(limits: {
  uploadLimit: number;
  workbook: Buffer;
}): fc.Arbitrary<{ headers: Record<string, string>; body: Buffer; what: string }> {
  const boundary = '----fuzzBoundary7MA4YWxkTrZu0gW';
  const typeOf = (b = boundary) => ({ 'content-type': `multipart/form-data; boundary=${b}` });
  const file = (filename: string, content: Buffer, name = 'file'): Part => ({
    name,
    filename,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content,
  });
  const content = hostileFileContent(limits.workbook);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...HOSTILE_FILENAMES), content).map(([name, c]) => ({
      headers: typeOf(),
      body: multipart([file(name, c)], boundary),
      what: `a file that is no workbook, named ${JSON.stringify(name).slice(0, 50)}`,
    })),
    fc.constantFrom('roster.xlsx', 'roster.csv', '../../etc/passwd.xlsx').map((name) => ({
      headers: typeOf(),
      body: multipart([file(name, Buffer.alloc(limits.uploadLimit + 1, 0x41))], boundary),
      what: `${limits.uploadLimit + 1} bytes, over the upload limit`,
    })),
    content.map((c) => ({
      headers: typeOf(),
      body: multipart([file('roster.xlsx', c, 'upload')], boundary),
      what: 'the file in a field not named "file"',
    })),
    fc.constant({
      headers: typeOf(),
      body: multipart([{ name: 'file', content: Buffer.from('not a file') }], boundary),
      what: 'a text field, no file',
    }),
    fc.constant({ headers: typeOf(), body: multipart([], boundary), what: 'no parts at all' }),
    content.map((c) => ({
      headers: typeOf('otherBoundary'),
      body: multipart([file('roster.xlsx', c)], boundary),
      what: 'a boundary the body does not use',
    })),
    content.map((c) => ({
      headers: { 'content-type': 'multipart/form-data' },
      body: multipart([file('roster.xlsx', c)], boundary),
      what: 'multipart without a boundary',
    })),
    fc.tuple(content, fc.integer({ min: 1, max: 200 })).map(([c, cut]) => {
      const whole = multipart([file('roster.xlsx', c)], boundary);
      return {
        headers: typeOf(),
        body: whole.subarray(0, Math.max(1, whole.length - cut)),
        what: 'a multipart body cut short',
      };
    }),
    content.map((c) => ({
      headers: typeOf(),
      body: multipart([file('a.xlsx', c), file('b.xlsx', c)], boundary),
      what: 'two files',
    })),
    fc
      .uint8Array({ maxLength: 512 })
      .map((a) => ({ headers: typeOf(), body: Buffer.from(a), what: 'random bytes as multipart' })),
    fc.constant({
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"file":"roster.xlsx"}'),
      what: 'JSON instead of a file',
    }),
  );
}
