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
 * Draws one certificate as a one-page PDF.
 *
 * Cost per document: the fonts are parsed once (CertificateFonts) and handed to pdfkit already
 * parsed, so a document pays only for laying out its strings and encoding its own font subsets
 * (pdfkit keeps a subset per document; the CFF subset of Noto Sans Hans dominates). Passing the
 * file buffer instead would make fontkit re-parse the 8 MB font for every document (~50 ms).
 */
export async function renderCertificate(
  content: CertificateContent,
  fonts: CertificateFonts,
): Promise<Buffer> {
  const heading = content.title === null ? '参赛证书' : '荣誉证书';
  const date = chineseDate(content.issuedOn);
  const body = bodySpans(content);
  const serialLine = `证书编号：${content.serial}`;
  const verifyLine = `扫码验证 / verify: ${content.verifyUrl}`;

  // Refuse before drawing anything: a missing glyph would print as an empty box, silently.
  const everything = [heading, ...body.map((s) => s.text), content.issuingBody, date];
  const missing = fonts.missingGlyphs([...everything, serialLine, verifyLine].join(''));
  if (missing.length) throw new GlyphMissingError(missing);

  const qrPng = await QRCode.toBuffer(content.verifyUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 0,
    scale: 4,
  });

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
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

  // Heading: wide letter-spacing is customary; drawn centred with its spacing counted.
  const headingSpans: Span[] = [{ text: heading, weight: 'bold', color: RED }];
  const headingSize = 46;
  const spacing = headingSize * 0.6;
  const headingWidth = layout.widthOf(headingSpans, headingSize) + spacing * (heading.length - 1);
  const runs = fonts.runs(heading, 'bold');
  let x = (PAGE_W - headingWidth) / 2;
  for (const run of runs) {
    doc.font(run.font).fontSize(headingSize).fillColor(RED);
    doc.text(run.text, x, 122, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing });
    x += layout.widthOf([{ text: run.text, weight: 'bold' }], headingSize) + spacing * run.text.length;
  }

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
  doc.image(qrPng, qrX, qrY, { width: QR_SIZE, height: QR_SIZE });
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
  return done;
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

/** 2017-06-30 → 2017年6月30日 */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`issuedOn must be YYYY-MM-DD, got ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A double frame: a heavy red rule outside, a thin gold one inside, with corner marks. */
function drawBorder(doc: PDFKit.PDFDocument): void {
  doc.lineWidth(5).strokeColor(RED).rect(22, 22, PAGE_W - 44, PAGE_H - 44).stroke();
  doc.lineWidth(1.2).strokeColor(GOLD).rect(32, 32, PAGE_W - 64, PAGE_H - 64).stroke();
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
