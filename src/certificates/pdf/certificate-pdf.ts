import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CertificateFonts, GlyphMissingError } from './fonts';
import { Span, TextLayout } from './text-layout';

export { GlyphMissingError };

/** What a certificate says; frozen when it is issued. */
export interface CertificateContent {
  /** e.g. FX2017-ECOM-0001 */
  serial: string;
  name: string;
  unit: string;
  trade: string;
  /** 技术状元 / 技术标兵 / 技术能手 / 优秀选手, or null for a participation certificate (参赛证书). */
  title: string | null;
  /** e.g. 2017年阜新市职工职业技能大赛 */
  competition: string;
  /** e.g. 阜新市总工会 */
  issuingBody: string;
  /** YYYY-MM-DD; printed as 2017年6月30日 */
  issuedOn: string;
  /** Encoded in the QR code and printed small. */
  verifyUrl: string;
}

// A4 landscape, in points.
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const RED = '#a4161a';
const GOLD = '#b8912f';
const INK = '#1f1f1f';
const GREY = '#555555';
const QR_SIZE = 84;

/**
 * Draws one certificate as a one-page PDF (~20 KB).
 *
 * Cost per document: handing pdfkit a font file or buffer makes fontkit parse it again for every
 * document and subset it with all its subroutines: ~55 ms and ~100 KB per certificate with Noto
 * Sans Hans (about 17–30 per second). Here the fonts are parsed once (CertificateFonts), pdfkit
 * gets the parsed fontkit objects, and the subsets carry inlined charstrings (cff-flatten.ts), so
 * a document pays only for laying out its strings and encoding two small subsets: ~3.5 ms, about
 * 290 certificates per second on one core in plain node (jest's sandbox is slower).
 */
export async function renderCertificate(
  raw: CertificateContent,
  fonts: CertificateFonts,
): Promise<Buffer> {
  const content = clean(raw);
  const heading = content.title === null ? '参赛证书' : '荣誉证书';
  const date = chineseDate(content.issuedOn);
  const body = bodySpans(content);
  const serialLine = `证书编号：${content.serial}`;
  const verifyLine = `扫码验证 / verify: ${content.verifyUrl}`;

  // Refuse before drawing anything: a missing glyph would print as an empty box, silently.
  const printed = [heading, ...body.map((s) => s.text), content.issuingBody, date];
  const missing = fonts.missingGlyphs([...printed, serialLine, verifyLine].join(''));
  if (missing.length) throw new GlyphMissingError(missing);

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    // No default Helvetica: pdfkit would parse its metrics for every document (~0.5 ms), unused.
    font: null as unknown as string,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${heading}（${content.name}）`,
      Author: content.issuingBody,
      Subject: content.serial,
      Keywords: content.verifyUrl,
    },
  });
  const done = collect(doc);
  fonts.register(doc);
  const layout = new TextLayout(doc, fonts);

  drawBorder(doc);

  drawHeading(doc, fonts, layout, heading);

  // Body: a justified Chinese paragraph with a two-character indent, shrunk until it fits.
  layout.draw(
    body,
    { x: 118, y: 160, width: PAGE_W - 236, height: 225 },
    { maxSize: 24, minSize: 11, leading: 1.9, align: 'justify', indent: 2, valign: 'middle' },
  );

  // Issuing body and date: a centred block at the bottom right, where the seal goes.
  const signBox = { x: 470, width: 300 };
  layout.draw(
    [{ text: content.issuingBody, color: INK }],
    { ...signBox, y: 405, height: 64 },
    { maxSize: 20, minSize: 10, leading: 1.5, align: 'center', valign: 'bottom' },
  );
  layout.draw(
    [{ text: date, color: INK }],
    { ...signBox, y: 472, height: 32 },
    { maxSize: 20, minSize: 10, leading: 1.5, align: 'center' },
  );

  // Serial and QR code at the bottom left, small.
  const qrX = 62;
  const qrY = PAGE_H - 62 - QR_SIZE;
  drawQrCode(doc, content.verifyUrl, qrX, qrY, QR_SIZE);
  const textX = qrX + QR_SIZE + 12;
  const textWidth = signBox.x - 20 - textX;
  const serialFit = layout.draw(
    [{ text: serialLine, color: INK }],
    { x: textX, y: qrY + 22, width: textWidth, height: 18 },
    { maxSize: 11, minSize: 6, leading: 1.4, align: 'left' },
  );
  layout.draw(
    [{ text: verifyLine, color: GREY }],
    { x: textX, y: qrY + 22 + serialFit.height + 4, width: textWidth, height: 36 },
    { maxSize: 8, minSize: 5, leading: 1.4, align: 'left', breakAnywhere: true },
  );

  doc.end();
  return await done;
}

/**
 * The QR code as vector squares (each row's dark runs merged, filled as one path, so no seams):
 * sharp at any printer resolution and ~1 ms cheaper per document than the qrcode → PNG → pdfkit
 * image route, which encodes and then decodes a PNG (and is ~40 ms slower under jest's sandbox).
 */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const m = size / n;
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(x + start * m, y + row * m, (col - start) * m, m);
    }
  }
  doc.fillColor('#000000').fill();
}

/** The paragraph, with the name and the title in bold. */
function bodySpans(c: CertificateContent): Span[] {
  const name: Span = { text: c.name, weight: 'bold' };
  if (c.title === null) {
    return [name, { text: `同志（${c.unit}）参加${c.competition}${c.trade}比赛，特发此证。` }];
  }
  return [
    name,
    { text: `同志（${c.unit}）在${c.competition}${c.trade}比赛中，荣获“` },
    { text: c.title, weight: 'bold', color: RED },
    { text: '”称号。' },
  ];
}

/**
 * NFC (a decomposed character would need a font's composition support) and single spaces: a
 * newline or tab inside a field would otherwise start a stray line in pdfkit.
 */
function clean(c: CertificateContent): CertificateContent {
  const tidy = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return {
    ...c,
    serial: tidy(c.serial),
    name: tidy(c.name),
    unit: tidy(c.unit),
    trade: tidy(c.trade),
    title: c.title === null ? null : tidy(c.title),
    competition: tidy(c.competition),
    issuingBody: tidy(c.issuingBody),
    verifyUrl: c.verifyUrl.trim(),
  };
}

/** 2017-06-30 → 2017年6月30日 */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`issuedOn must be YYYY-MM-DD, got ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The heading, widely letter-spaced as is customary, centred with the spacing counted. */
function drawHeading(
  doc: PDFKit.PDFDocument,
  fonts: CertificateFonts,
  layout: TextLayout,
  heading: string,
): void {
  const size = 46;
  const spacing = size * 0.6;
  const runs = fonts.runs(heading, 'bold');
  const widths = runs.map((r) => layout.widthOf([{ text: r.text, weight: 'bold' }], size));
  const total = widths.reduce((a, b) => a + b, 0) + spacing * ([...heading].length - 1);
  let x = (PAGE_W - total) / 2;
  runs.forEach((run, i) => {
    doc.font(run.font).fontSize(size).fillColor(RED);
    doc.text(run.text, x, 122, {
      lineBreak: false,
      baseline: 'alphabetic',
      characterSpacing: spacing,
    });
    x += widths[i] + spacing * [...run.text].length;
  });
}

/** A double frame: a heavy red rule outside, a thin gold one inside, with corner marks. */
function drawBorder(doc: PDFKit.PDFDocument): void {
  doc
    .lineWidth(5)
    .strokeColor(RED)
    .rect(22, 22, PAGE_W - 44, PAGE_H - 44)
    .stroke();
  doc
    .lineWidth(1.2)
    .strokeColor(GOLD)
    .rect(32, 32, PAGE_W - 64, PAGE_H - 64)
    .stroke();
  const d = 14;
  for (const [cx, cy, sx, sy] of [
    [32, 32, 1, 1],
    [PAGE_W - 32, 32, -1, 1],
    [32, PAGE_H - 32, 1, -1],
    [PAGE_W - 32, PAGE_H - 32, -1, -1],
  ]) {
    doc
      .lineWidth(1.2)
      .strokeColor(GOLD)
      .moveTo(cx + sx * d, cy)
      .lineTo(cx + sx * d, cy + sy * d)
      .lineTo(cx, cy + sy * d)
      .stroke();
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
