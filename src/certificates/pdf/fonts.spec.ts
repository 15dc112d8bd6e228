import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificateFonts, GlyphMissingError, parseFontSpec } from './fonts';

const WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/** The Debian font is the fallback under test; CI installs it, so its absence is a failure. */
function requireWqy(): void {
  if (!existsSync(WQY))
    throw new Error(`${WQY} is missing; run: apt-get install fonts-wqy-microhei`);
}

describe('CertificateFonts', () => {
  const fonts = CertificateFonts.load({});

  it('puts the bundled Noto Sans Hans first by default', () => {
    expect(fonts.describe()).toMatch(/^\S*NotoSansHans-Regular\.otf \(NotoSansHans-Regular\)/);
    expect(fonts.faces.map((f) => f.name)).toEqual(
      expect.arrayContaining(['cert-0', 'cert-0-bold']),
    );
  });

  describe('missingGlyphs', () => {
    it('finds nothing missing in ordinary certificate text', () => {
      expect(
        fonts.missingGlyphs(
          '张伟同志（阜新市第二建筑工程有限公司）荣获“技术状元”称号。2017年6月30日',
        ),
      ).toEqual([]);
    });

    it('draws the traditional forms and rare characters found in names', () => {
      expect(fonts.missingGlyphs('溫榮')).toEqual([]);
      expect(fonts.missingGlyphs('喆堃犇')).toEqual([]);
      expect(fonts.missingGlyphs('FX2017-ECOM-0001 https://a.example/verify/K7?x=1&y=2')).toEqual(
        [],
      );
    });

    it('reports private-use and unassigned code points, once each, in order', () => {
      expect(fonts.missingGlyphs('张\uE000三\u0378\uE000')).toEqual(['\uE000', '\u0378']);
    });

    it('ignores spaces and control or format characters', () => {
      expect(fonts.missingGlyphs(' \t\n\u3000\u200B\u200D\uFE0F')).toEqual([]);
    });
  });

  describe('runs', () => {
    it('keeps text that one font draws in a single run, spaces included', () => {
      expect(fonts.runs('张 伟 Zhang Wei')).toEqual([{ font: 'cert-0', text: '张 伟 Zhang Wei' }]);
      expect(fonts.runs('溫榮喆', 'bold')).toEqual([{ font: 'cert-0-bold', text: '溫榮喆' }]);
    });

    it('drops zero-width and format characters', () => {
      expect(fonts.runs('张\u200B伟')).toEqual([{ font: 'cert-0', text: '张伟' }]);
    });

    it('falls back character by character to the next font that has the glyph', () => {
      requireWqy();
      // Hangul, for Korean-Chinese names: Noto Sans Hans lacks it, WenQuanYi Micro Hei has it.
      expect(fonts.runs('金김철수A')).toEqual([
        { font: 'cert-0', text: '金' },
        { font: 'cert-1', text: '김철수' },
        { font: 'cert-0', text: 'A' },
      ]);
      // Bold text without a bold face falls back to the next family's regular face.
      expect(fonts.runs('金김', 'bold')).toEqual([
        { font: 'cert-0-bold', text: '金' },
        { font: 'cert-1', text: '김' },
      ]);
    });

    it('throws GlyphMissingError naming each character no font has', () => {
      const error = captureError(() => fonts.runs('张\uE000伟\uE000'));
      expect(error).toBeInstanceOf(GlyphMissingError);
      expect((error as GlyphMissingError).chars).toEqual(['\uE000']);
      expect((error as GlyphMissingError).message).toContain('U+E000');
    });
  });

  describe('load', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'cert-fonts-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('skips a bogus CERT_FONT_PATH and still finds the npm font', () => {
      const loaded = CertificateFonts.load({ fontPath: '/nonexistent/font.ttf' });
      expect(loaded.skipped).toContainEqual({ file: '/nonexistent/font.ttf', reason: 'not found' });
      expect(loaded.describe()).toMatch(/^\S*NotoSansHans-Regular\.otf/);
      expect(loaded.missingGlyphs('荣誉证书')).toEqual([]);
    });

    it('uses a .ttc face named after # first', () => {
      requireWqy();
      const loaded = CertificateFonts.load({ fontPath: `${WQY}#WenQuanYiMicroHei` });
      expect(loaded.describe()).toMatch(
        /^\S*wqy-microhei\.ttc \(WenQuanYiMicroHei\), \S*NotoSansHans/,
      );
      expect(loaded.runs('荣誉')).toEqual([{ font: 'cert-0', text: '荣誉' }]);
    });

    it('skips a .ttc face name that the collection does not hold', () => {
      requireWqy();
      const loaded = CertificateFonts.load({ fontPath: `${WQY}#NoSuchFace` });
      expect(loaded.skipped).toContainEqual({
        file: WQY,
        reason: 'no face named NoSuchFace in the collection',
      });
    });

    it('says exactly what to install when no candidate is usable', () => {
      const garbage = join(dir, 'garbage.ttf');
      writeFileSync(garbage, 'not a font');
      const error = captureError(() =>
        CertificateFonts.load({
          candidates: [
            { file: '/nowhere/NotoSansHans-Regular.otf', bold: { file: '/nowhere/Bold.otf' } },
            { file: '/nowhere/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' },
            { file: garbage },
          ],
        }),
      );
      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toContain('No usable Chinese font for certificates');
      expect(message).toContain('/nowhere/NotoSansHans-Regular.otf: not found');
      expect(message).toContain('/nowhere/wqy-microhei.ttc#WenQuanYiMicroHei: not found');
      expect(message).toContain(`${garbage}: unreadable`);
      expect(message).toContain('npm install @embedpdf/fonts-sc');
      expect(message).toContain('apt-get install fonts-wqy-microhei');
      expect(message).toContain('CERT_FONT_PATH');
    });
  });

  it('parses CERT_FONT_PATH values', () => {
    expect(parseFontSpec('/f/a.ttf')).toEqual({ file: '/f/a.ttf' });
    expect(parseFontSpec('/f/b.ttc#NotoSansCJKsc-Regular')).toEqual({
      file: '/f/b.ttc',
      postscriptName: 'NotoSansCJKsc-Regular',
    });
    expect(parseFontSpec('/f#dir/c.otf')).toEqual({ file: '/f#dir/c.otf' });
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
