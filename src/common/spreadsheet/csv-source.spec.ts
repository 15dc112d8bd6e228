import { detectCsvEncoding, detectDelimiter, readCsvRows } from './csv-source';
import { headerMatcher } from './header-names';
import { tableErrors } from './table-errors';
import type { RawTableRow, TableVocabulary } from './table-vocabulary';

type Field = 'item' | 'qty';
const VOCABULARY: TableVocabulary<Field> = {
  fields: ['item', 'qty'],
  codePrefix: 'ORDER',
  document: { en: 'order sheet', zh: '订货单' },
  labels: { item: '品名', qty: '数量' },
  match: headerMatcher<Field>(['item', 'qty'], { item: ['品名'], qty: ['数量'] }, 'Order'),
  isHeader: (columns) => columns.item !== undefined && columns.qty !== undefined,
  describe: () => ({ en: 'item and quantity columns', zh: '须有品名和数量列。', accepted: {} }),
};

async function texts(input: Buffer): Promise<Array<[number, Array<string | undefined>]>> {
  const rows: RawTableRow[] = [];
  for await (const row of readCsvRows(input, 20, VOCABULARY, tableErrors(VOCABULARY))) {
    rows.push(row);
  }
  return rows.map(({ rowNumber, cells }) => [rowNumber, cells.map((cell) => cell?.text)]);
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]));
}

describe('detectCsvEncoding', () => {
  it.each([
    ['UTF-16LE by its BOM', Buffer.from('\ufeff品名', 'utf16le'), 'utf-16le'],
    ['UTF-16BE by its BOM', utf16be('品名'), 'utf-16be'],
    ['UTF-8 with a BOM', Buffer.from('\ufeff品名'), 'utf-8'],
    ['plain ASCII', Buffer.from('item,qty'), 'utf-8'],
    ['GBK (invalid UTF-8)', Buffer.from('c6b7c3fb2cCafDC1BF', 'hex'), 'gb18030'],
  ])('recognises %s', (_label, input, encoding) => {
    expect(detectCsvEncoding(input)).toBe(encoding);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a comma line', '品名,数量\n螺栓,3', ','],
    ['a tab line below a title', '订货单\n品名\t数量\n螺栓\t3', '\t'],
    ['a semicolon line with quotes', '"品名";"数量"', ';'],
    ['no header at all (defaults to comma)', '螺栓\t3', ','],
  ])('finds the header delimiter in %s', (_label, text, delimiter) => {
    expect(detectDelimiter(text, 20, VOCABULARY)).toBe(delimiter);
  });

  it('looks only at the first maxLines lines', () => {
    expect(detectDelimiter('标题\n说明\n品名\t数量', 2, VOCABULARY)).toBe(',');
  });
});

describe('readCsvRows', () => {
  it('decodes UTF-16BE and numbers records as Excel does', async () => {
    expect(await texts(utf16be('品名\t数量\r\n螺栓\t3\r\n\r\n"垫\r\n片"\t5\r\n'))).toEqual([
      [1, ['品名', '数量']],
      [2, ['螺栓', '3']],
      [3, [undefined]],
      [4, ['垫\r\n片', '5']],
    ]);
  });

  it('decodes GBK characters split across its 64 KiB decoding chunks', async () => {
    const header = Buffer.from('c6b7c3fb2ccafdc1bf0a', 'hex'); // 品名,数量\n
    // 'x' puts the two-byte characters at odd offsets, so a chunk boundary splits one.
    const name = Buffer.concat([Buffer.from('x'), Buffer.alloc(100_000, 'c6b7c3fb', 'hex')]);
    const input = Buffer.concat([header, name, Buffer.from(',1\n')]);
    expect(await texts(input)).toEqual([
      [1, ['品名', '数量']],
      [2, [`x${'品名'.repeat(25_000)}`, '1']],
    ]);
  });

  it('reads ="…" as the text inside, as Excel shows it', async () => {
    expect(await texts(Buffer.from('品名,数量\n="007",="1""2"\n'))).toEqual([
      [1, ['品名', '数量']],
      [2, ['007', '1"2']],
    ]);
  });
});
