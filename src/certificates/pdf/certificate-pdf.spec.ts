import { copyFileSync, writeFileSync } from 'node:fs';
import {
  CertificateContent,
  chineseDate,
  GlyphMissingError,
  renderCertificate,
} from './certificate-pdf';
import { CertificateFonts } from './fonts';
import {
  decodeQr,
  pdfInfo,
  pdfText,
  pdfTextCompact,
  pdfToPng,
  pdfWordBoxes,
  requireTool,
  Scratch,
} from './pdf-tools.fixtures';

const SAMPLE: CertificateContent = {
  serial: 'FX2017-ECOM-0001',
  name: '溫榮喆',
  unit: '阜新矿业（集团）有限责任公司海州露天矿',
  trade: '电子商务',
  title: '技术状元',
  competition: '2017年阜新市职工职业技能大赛',
  issuingBody: '阜新市总工会',
  issuedOn: '2017-06-30',
  verifyUrl: 'https://cert.fxzgh.example.cn/verify/7KQ2M9XP4TQ3',
};

// A4 landscape, and the inner gold frame that all text must stay inside.
const PAGE = { width: 841.89, height: 595.28 };
const FRAME = 32;

describe('renderCertificate', () => {
  const fonts = CertificateFonts.load({});
  const scratch = new Scratch();
  afterAll(() => scratch.cleanup());

  /** The words poppler finds must all lie inside the frame, on one page. */
  function expectInsideFrame(file: string): void {
    expect(pdfInfo(file).Pages).toBe('1');
    const boxes = pdfWordBoxes(file);
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) {
      expect(box.xMin).toBeGreaterThanOrEqual(FRAME);
      expect(box.yMin).toBeGreaterThanOrEqual(FRAME);
      expect(box.xMax).toBeLessThanOrEqual(PAGE.width - FRAME);
      expect(box.yMax).toBeLessThanOrEqual(PAGE.height - FRAME);
    }
  }

  it('draws an A4 landscape honour certificate with its text, info and QR code', async () => {
    const pdf = await renderCertificate(SAMPLE, fonts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);

    const file = scratch.write(pdf);
    const info = pdfInfo(file);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    expect(info.Title).toBe('荣誉证书（溫榮喆）');
    expect(info.Author).toBe('阜新市总工会');
    expect(info.Subject).toBe('FX2017-ECOM-0001');

    const text = pdfTextCompact(file);
    for (const part of ['荣誉证书', '溫榮喆同志', SAMPLE.unit, '技术状元', SAMPLE.serial]) {
      expect(text).toContain(part);
    }
    expect(text).toContain(
      '溫榮喆同志（阜新矿业（集团）有限责任公司海州露天矿）在2017年阜新市职工职业技能大赛电子商务比赛中，荣获“技术状元”称号。',
    );
    expect(text).toContain('阜新市总工会');
    expect(text).toContain('2017年6月30日');
    expect(text).toContain(`扫码验证/verify:${SAMPLE.verifyUrl}`);
    expectInsideFrame(file);

    requireTool('zbarimg');
    expect(decodeQr(pdfToPng(file, 150))).toEqual([SAMPLE.verifyUrl]);
  });

  it('draws a participation certificate when there is no title', async () => {
    const file = scratch.write(await renderCertificate({ ...SAMPLE, title: null }, fonts));
    const text = pdfTextCompact(file);
    expect(text).toContain('参赛证书');
    expect(text).toContain(
      '溫榮喆同志（阜新矿业（集团）有限责任公司海州露天矿）参加2017年阜新市职工职业技能大赛电子商务比赛，特发此证。',
    );
    expect(text).not.toContain('荣获');
    expect(pdfInfo(file).Title).toBe('参赛证书（溫榮喆）');
  });

  it('fits a 20-character name and a 60-character unit inside the frame', async () => {
    const name = '阿卜杜热依木·买买提艾力·司马义欧吉艾山';
    const unit =
      '国家能源投资集团有限责任公司辽宁分公司阜新发电厂设备维护检修部电气二次继电保护专业技术班组第三作业小组安全生产标兵岗位组';
    expect([...name]).toHaveLength(20);
    expect([...unit]).toHaveLength(60);
    const file = scratch.write(await renderCertificate({ ...SAMPLE, name, unit }, fonts));
    const text = pdfTextCompact(file);
    expect(text).toContain(name);
    expect(text).toContain(unit);
    expectInsideFrame(file);
  });

  it('fits every field at the longest the database allows', async () => {
    const fill = (n: number) => '职工技能大赛阜新工会矿业集团'.repeat(10).slice(0, n);
    const content: CertificateContent = {
      ...SAMPLE,
      serial: 'FXCITY2017-ELECTRICIAN12-0001',
      name: fill(50),
      unit: fill(100),
      trade: fill(50),
      competition: fill(100),
      issuingBody: fill(100),
      verifyUrl: `https://certificates.federation.example.org.cn/verify/${'K'.repeat(16)}`,
    };
    const file = scratch.write(await renderCertificate(content, fonts));
    const text = pdfTextCompact(file);
    for (const part of [content.name, content.unit, content.issuingBody, content.serial]) {
      expect(text).toContain(part);
    }
    expectInsideFrame(file);
    expect(decodeQr(pdfToPng(file, 150))).toEqual([content.verifyUrl]);
  });

  it('draws Hangul in a name with the fallback font', async () => {
    const file = scratch.write(await renderCertificate({ ...SAMPLE, name: '金김철수' }, fonts));
    expect(pdfTextCompact(file)).toContain('金김철수同志');
  });

  it('turns line breaks and tabs inside fields into single spaces', async () => {
    const file = scratch.write(
      await renderCertificate({ ...SAMPLE, unit: '阜新矿业\n集团\t海州露天矿' }, fonts),
    );
    expect(pdfText(file)).toContain('（阜新矿业 集团 海州露天矿）');
    expectInsideFrame(file);
  });

  it('refuses a character no font can draw, naming it, instead of printing a box', async () => {
    const attempt = renderCertificate({ ...SAMPLE, name: '张\uE000伟' }, fonts);
    await expect(attempt).rejects.toBeInstanceOf(GlyphMissingError);
    await expect(attempt).rejects.toMatchObject({ chars: ['\uE000'] });
  });

  it('prints the issue date the Chinese way', () => {
    expect(chineseDate('2017-06-30')).toBe('2017年6月30日');
    expect(chineseDate('2018-11-05')).toBe('2018年11月5日');
    expect(() => chineseDate('2017/6/30')).toThrow('YYYY-MM-DD');
  });

  it('renders 50 certificates and reports the speed', async () => {
    await renderCertificate(SAMPLE, fonts); // warm-up: first use of each glyph
    const started = process.hrtime.bigint();
    let bytes = 0;
    for (let i = 1; i <= 50; i++) {
      const serial = `FX2017-ECOM-${String(i).padStart(4, '0')}`;
      bytes += (await renderCertificate({ ...SAMPLE, serial }, fonts)).length;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `certificate PDFs: ${(50 / seconds).toFixed(0)} per second, ` +
        `${(bytes / 50 / 1024).toFixed(1)} KB each (50 renders, one process)\n`,
    );
    expect(bytes).toBeGreaterThan(0);
  });

  it('writes a sample for people to look at: /tmp/certificate-sample.pdf and .png', async () => {
    const file = scratch.write(await renderCertificate(SAMPLE, fonts));
    copyFileSync(file, '/tmp/certificate-sample.pdf');
    pdfToPng('/tmp/certificate-sample.pdf', 100, '/tmp/certificate-sample');
    writeFileSync('/tmp/certificate-sample.txt', pdfText(file));
  });
});
