import PDFDocument from 'pdfkit';
import { CertificateFonts } from './fonts';
import { pdfToPng, pngBytes, Scratch } from './pdf-tools.fixtures';

// Characters from many of Noto Sans Hans' 19 FDs: ideographs, kana, Latin, digits, punctuation.
const SAMPLE_TEXT =
  '荣誉证书参赛同志在比赛中荣获称号特发此证阜新市总工会职工职业技能大赛技术状元标兵能手优秀选手' +
  '溫榮喆堃犇龘齉爨鬱㐀䶮〇①②③ⅠⅡⅢ《》“”（）【】、。，；：？！…—·' +
  'あいうえおアイウエオ ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ' +
  '电子商务焊工钳工车工电工维修电工汽车维修工数控车床化学检验员茶艺师育婴员养老护理员计算机程序设计员';

/** Draws the sample text in every registered face, at two sizes. */
function render(fonts: CertificateFonts): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 36 });
  fonts.register(doc);
  for (const weight of ['regular', 'bold'] as const) {
    for (const size of [14, 30]) {
      for (const run of fonts.runs(SAMPLE_TEXT.slice(0, size === 30 ? 40 : undefined), weight)) {
        doc.font(run.font).fontSize(size).text(run.text, { continued: true });
      }
      doc.text('');
    }
  }
  doc.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

describe('flattenCffSubsets', () => {
  const scratch = new Scratch();
  afterAll(() => scratch.cleanup());

  it('draws exactly the same pixels as fontkit’s own subsets, in a fraction of the bytes', async () => {
    const plain = await render(CertificateFonts.load({ flattenCff: false }));
    const flat = await render(CertificateFonts.load({}));
    expect(flat.length).toBeLessThan(plain.length / 2);
    for (const dpi of [72, 200]) {
      const a = pngBytes(pdfToPng(scratch.write(plain), dpi));
      const b = pngBytes(pdfToPng(scratch.write(flat), dpi));
      expect(b.equals(a)).toBe(true);
    }
  });
});
