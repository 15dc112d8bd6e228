import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { flattenCffSubsets } from './cff-flatten';

/** The part of fontkit's Font used here; fontkit ships no types. */
export interface FontkitFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  layout(text: string): unknown;
}
interface FontkitCollection {
  readonly fonts: FontkitFont[];
}
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection | null;
}

// Take fontkit from pdfkit's own dependency tree (it is not a direct dependency of this project),
// so we parse with exactly the copy pdfkit would use.
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;

/** A font file to try; for a .ttc, postscriptName picks the face (else the first one is used). */
export interface FontCandidate {
  file: string;
  postscriptName?: string;
  /** The same family's bold face, used for the heading, the name and the title. */
  bold?: { file: string; postscriptName?: string };
}

/** One face as registered in each PDF document under `name`. */
export interface FontFace {
  readonly name: string;
  readonly file: string;
  readonly font: FontkitFont;
}

export type FontWeight = 'regular' | 'bold';

export interface LoadOptions {
  /** CERT_FONT_PATH: a .ttf/.otf, or .ttc#PostScriptName, tried before the defaults. */
  fontPath?: string;
  /** Replaces the default candidates (tests). */
  candidates?: FontCandidate[];
  /** Inline CFF subroutines in subsets (see cff-flatten.ts); default true. */
  flattenCff?: boolean;
}

/** Thrown when some character of a certificate cannot be drawn by any loaded font. */
export class GlyphMissingError extends Error {
  constructor(readonly chars: string[]) {
    const list = chars.map((c) => `${c} (U+${codePointHex(c)})`).join(', ');
    super(`No certificate font can draw: ${list}`);
    this.name = 'GlyphMissingError';
  }
}

const DEBIAN_WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const DEBIAN_NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DEBIAN_NOTO_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const NPM_FONT_PACKAGE = '@embedpdf/fonts-sc';
/** Every certificate prints these, so a usable set of fonts must draw all of them. */
const REQUIRED_TEXT = '荣誉证书参赛同志在比赛中获称号年月日扫码验证0123456789';

/** Control and format characters and variation selectors: never drawn, never "missing". */
const IGNORABLE = /[\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;
const SPACE = /\s/u;

/**
 * The CJK fonts for certificates, read and parsed once at start-up and shared by every document.
 * pdfkit accepts an already-parsed fontkit font, so a document only pays for laying out its text
 * and encoding its own subset (a few ms), not for re-reading and re-parsing 8 MB of font per file.
 */
export class CertificateFonts {
  private readonly regularFaces: FontFace[];
  private readonly boldFaces: FontFace[];
  private readonly byName = new Map<string, FontFace>();
  /** Advance widths in ems by font name and character; shared by all documents. */
  private readonly advances = new Map<string, number>();

  private constructor(
    fonts: Array<{ regular: FontFace; bold?: FontFace }>,
    /** Candidates that were not used, with why; worth a warning in the start-up log. */
    readonly skipped: ReadonlyArray<{ file: string; reason: string }>,
  ) {
    this.regularFaces = fonts.map((f) => f.regular);
    // A bold face is preferred for bold text, its own family's regular face next, then the others.
    this.boldFaces = fonts.flatMap((f) => (f.bold ? [f.bold, f.regular] : [f.regular]));
    for (const face of this.boldFaces) this.byName.set(face.name, face);
  }

  /** The candidates in priority order: the override, the npm package, then Debian's fonts. */
  static defaultCandidates(fontPath?: string): FontCandidate[] {
    const candidates: FontCandidate[] = [];
    if (fontPath) candidates.push(parseFontSpec(fontPath));
    const npmDir = npmFontDir();
    candidates.push({
      file: join(npmDir, 'NotoSansHans-Regular.otf'),
      bold: { file: join(npmDir, 'NotoSansHans-Bold.otf') },
    });
    candidates.push({ file: DEBIAN_WQY, postscriptName: 'WenQuanYiMicroHei' });
    candidates.push({
      file: DEBIAN_NOTO,
      postscriptName: 'NotoSansCJKsc-Regular',
      bold: { file: DEBIAN_NOTO_BOLD, postscriptName: 'NotoSansCJKsc-Bold' },
    });
    return candidates;
  }

  /**
   * Reads every usable candidate (missing or unreadable ones are skipped and listed in `skipped`).
   * Throws, with what to install, when the fonts found cannot draw a certificate's fixed text.
   */
  static load(options: LoadOptions = {}): CertificateFonts {
    const candidates = options.candidates ?? CertificateFonts.defaultCandidates(options.fontPath);
    const skipped: Array<{ file: string; reason: string }> = [];
    const fonts: Array<{ regular: FontFace; bold?: FontFace }> = [];
    const open = (name: string, file: string, postscriptName?: string) => {
      const face = openFace(name, file, postscriptName, skipped);
      if (face && options.flattenCff !== false) flattenCffSubsets(face.font);
      return face;
    };
    candidates.forEach((candidate, i) => {
      const regular = open(`cert-${i}`, candidate.file, candidate.postscriptName);
      if (!regular) return;
      const bold = candidate.bold
        ? open(`cert-${i}-bold`, candidate.bold.file, candidate.bold.postscriptName)
        : undefined;
      fonts.push({ regular, bold });
    });
    const loaded = new CertificateFonts(fonts, skipped);
    const missing = fonts.length ? loaded.missingGlyphs(REQUIRED_TEXT) : [...REQUIRED_TEXT];
    if (missing.length) throw new Error(noFontMessage(candidates, skipped, missing));
    return loaded;
  }

  /** Every face, to register in a document (see `register`). */
  get faces(): FontFace[] {
    return [...this.byName.values()];
  }

  /** Registers every face in a pdfkit document under the names that `runs` returns. */
  register(doc: PDFKit.PDFDocument): void {
    for (const face of this.faces) {
      // pdfkit ≥ 0.18 takes a parsed fontkit font (anything with layout()); its types lag behind.
      doc.registerFont(face.name, face.font as unknown as PDFKit.Mixins.PDFFontSource);
    }
  }

  /** The distinct characters of `text` that no loaded font can draw, in order of appearance. */
  missingGlyphs(text: string): string[] {
    const missing = new Set<string>();
    for (const ch of text) {
      if (IGNORABLE.test(ch) || SPACE.test(ch)) continue;
      const cp = ch.codePointAt(0)!;
      if (!this.regularFaces.some((f) => f.font.hasGlyphForCodePoint(cp))) missing.add(ch);
    }
    return [...missing];
  }

  /**
   * Splits `text` into runs, each drawn with the first face that has all its glyphs. Spaces stay
   * in the current run; ignorable characters are dropped. Throws GlyphMissingError for a
   * character that no face has (pdfkit would silently draw an empty box).
   */
  runs(text: string, weight: FontWeight = 'regular'): Array<{ font: string; text: string }> {
    const faces = weight === 'bold' ? this.boldFaces : this.regularFaces;
    const runs: Array<{ font: string; text: string }> = [];
    const missing: string[] = [];
    for (const ch of text) {
      if (IGNORABLE.test(ch)) continue;
      const last = runs[runs.length - 1];
      if (SPACE.test(ch) && last) {
        last.text += ch;
        continue;
      }
      const cp = ch.codePointAt(0)!;
      const face = faces.find((f) => f.font.hasGlyphForCodePoint(cp));
      if (!face) {
        if (!SPACE.test(ch)) missing.push(ch);
        continue;
      }
      if (last?.font === face.name) last.text += ch;
      else runs.push({ font: face.name, text: ch });
    }
    if (missing.length) throw new GlyphMissingError([...new Set(missing)]);
    return runs;
  }

  /**
   * The advance width of one character in ems, as pdfkit would measure it alone. Cached here
   * because pdfkit's own layout cache lives and dies with each document.
   */
  advance(fontName: string, ch: string): number {
    const key = fontName + '\u0000' + ch;
    let width = this.advances.get(key);
    if (width === undefined) {
      const face = this.byName.get(fontName);
      if (!face) throw new Error(`Unknown certificate font ${fontName}`);
      const glyph = face.font.glyphForCodePoint(ch.codePointAt(0)!);
      width = glyph.advanceWidth / face.font.unitsPerEm;
      this.advances.set(key, width);
    }
    return width;
  }

  /** For the start-up log: which files are in use, in priority order. */
  describe(): string {
    return this.regularFaces.map((f) => `${f.file} (${f.font.postscriptName})`).join(', ');
  }
}

/** `path` or `path#PostScriptName` (the name picks a face in a .ttc collection). */
export function parseFontSpec(spec: string): FontCandidate {
  const hash = spec.lastIndexOf('#');
  if (hash > 0 && !spec.slice(hash).includes('/')) {
    return { file: spec.slice(0, hash), postscriptName: spec.slice(hash + 1) || undefined };
  }
  return { file: spec };
}

function npmFontDir(): string {
  try {
    // The package's "exports" hide package.json; its main file lives in dist/, the fonts beside.
    return join(dirname(require.resolve(NPM_FONT_PACKAGE)), '..', 'fonts');
  } catch {
    return join('node_modules', NPM_FONT_PACKAGE, 'fonts'); // reported as "not found"
  }
}

function openFace(
  name: string,
  file: string,
  postscriptName: string | undefined,
  skipped: Array<{ file: string; reason: string }>,
): FontFace | undefined {
  if (!existsSync(file)) {
    skipped.push({ file, reason: 'not found' });
    return undefined;
  }
  try {
    const buffer = readFileSync(file);
    const isCollection = buffer.subarray(0, 4).toString('latin1') === 'ttcf';
    // fontkit treats a name given for a single font as a variation name, so pass it only for a .ttc.
    const parsed = fontkit.create(buffer, isCollection ? postscriptName : undefined);
    const font = parsed && 'fonts' in parsed ? parsed.fonts[0] : parsed;
    if (!font) {
      skipped.push({ file, reason: `no face named ${postscriptName} in the collection` });
      return undefined;
    }
    return { name, file, font };
  } catch (err) {
    skipped.push({ file, reason: `unreadable: ${(err as Error).message}` });
    return undefined;
  }
}

function noFontMessage(
  candidates: FontCandidate[],
  skipped: ReadonlyArray<{ file: string; reason: string }>,
  missing: string[],
): string {
  const tried = candidates.map((c) => {
    const why = skipped.find((s) => s.file === c.file)?.reason ?? 'lacks Chinese glyphs';
    return `  - ${c.file}${c.postscriptName ? `#${c.postscriptName}` : ''}: ${why}`;
  });
  return [
    `No usable Chinese font for certificates (cannot draw: ${missing.join('')}). Tried:`,
    ...tried,
    'Fix one of:',
    `  - install the npm package ${NPM_FONT_PACKAGE} (bundled Noto Sans Hans): npm install ${NPM_FONT_PACKAGE}`,
    '  - install a Debian font: apt-get install fonts-wqy-microhei',
    '  - set CERT_FONT_PATH to a Chinese .ttf/.otf, or .ttc#PostScriptName ' +
      '(e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc#WenQuanYiMicroHei)',
  ].join('\n');
}

export function codePointHex(ch: string): string {
  return ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
