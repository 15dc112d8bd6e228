import type { CertificateFonts, FontWeight } from './fonts';

/** A piece of styled input text. */
export interface Span {
  text: string;
  weight?: FontWeight;
  color?: string;
}

/** A run of one font and colour, measured at 1 pt (widths scale linearly with the size). */
interface Piece {
  font: string;
  color: string;
  text: string;
  width: number;
}

/** Characters that stay together: a CJK character with its punctuation, or a Latin word. */
interface Cluster {
  pieces: Piece[];
  width: number;
  space: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitOptions {
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the size. */
  leading: number;
  align: 'left' | 'center' | 'right' | 'justify';
  /** Indent of the first line, in ems (2 for a Chinese paragraph). */
  indent?: number;
  /** Break inside Latin words too (a long URL). */
  breakAnywhere?: boolean;
  /** Place the lines at the box's top (default), middle or bottom. */
  valign?: 'top' | 'middle' | 'bottom';
}

export interface FittedText {
  size: number;
  lines: Cluster[][];
  height: number;
}

// Line-breaking rules (禁则): never start a line with closing punctuation, never end with opening.
const NO_LINE_START = new Set([...'，。、；：？！）》〉」』”’】〕…—·%,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《〈「『“‘【〔([{']);
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}\-_.:/@#%&=?+~]/u;
const DEFAULT_COLOR = '#1f1f1f';

/** Lays text out in lines inside a box, shrinking from maxSize to minSize until it fits. */
export class TextLayout {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: CertificateFonts,
  ) {}

  /** Fits spans into the box; throws if even minSize overflows (never draws outside the box). */
  fit(spans: Span[], box: Box, opts: FitOptions): FittedText {
    const clusters = this.clusters(spans, opts.breakAnywhere ?? false);
    for (let size = opts.maxSize; size >= opts.minSize; size -= 0.5) {
      const indent = opts.indent ?? 0;
      const lines = wrap(clusters, box.width / size, indent);
      const height = lines.length * size * opts.leading;
      const widest = Math.max(...lines.map((l, i) => lineWidth(l) + (i === 0 ? indent : 0)));
      if (height <= box.height && widest * size <= box.width + 0.01) {
        return { size, lines, height };
      }
    }
    const text = spans.map((s) => s.text).join('');
    throw new Error(`Text does not fit on the certificate even at ${opts.minSize} pt: ${text}`);
  }

  /** Fits, then draws; returns the fitted result (its size and height). */
  draw(spans: Span[], box: Box, opts: FitOptions): FittedText {
    const fitted = this.fit(spans, box, opts);
    const { size, lines, height } = fitted;
    const lineHeight = size * opts.leading;
    const free = box.height - height;
    const top = box.y + (opts.valign === 'middle' ? free / 2 : opts.valign === 'bottom' ? free : 0);
    // The baseline sits where a line of CJK text, centred in its line box, would put it.
    const baselineOffset = (lineHeight - size) / 2 + size * 0.88;
    lines.forEach((line, i) => {
      const indent = i === 0 ? (opts.indent ?? 0) * size : 0;
      const natural = lineWidth(line) * size;
      const room = box.width - indent - natural;
      const isLast = i === lines.length - 1;
      const glyphs = line.reduce(
        (n, c) => n + c.pieces.reduce((m, p) => m + [...p.text].length, 0),
        0,
      );
      // Justify by spreading the leftover over every character gap, but by at most a third of an em:
      // wider gaps (a long word pushed to the next line) look broken, so such a line stays ragged.
      let spacing = 0;
      if (opts.align === 'justify' && !isLast && glyphs > 1) {
        spacing = Math.min(room / (glyphs - 1), size / 3);
      }
      let x = box.x + indent;
      if (opts.align === 'center') x += room / 2;
      if (opts.align === 'right') x += room;
      const baseline = top + i * lineHeight + baselineOffset;
      for (const piece of mergePieces(line)) {
        this.doc.font(piece.font).fontSize(size).fillColor(piece.color);
        this.doc.text(piece.text, x, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          characterSpacing: spacing,
        });
        x += piece.width * size + spacing * [...piece.text].length;
      }
    });
    return fitted;
  }

  /** Width in points of a single unwrapped line. */
  widthOf(spans: Span[], size: number): number {
    return this.clusters(spans, true).reduce((w, c) => w + c.width, 0) * size;
  }

  private clusters(spans: Span[], breakAnywhere: boolean): Cluster[] {
    const clusters: Cluster[] = [];
    let prev = '';
    for (const span of spans) {
      const color = span.color ?? DEFAULT_COLOR;
      for (const run of this.fonts.runs(span.text, span.weight)) {
        for (const ch of run.text) {
          const space = /\s/u.test(ch);
          const last = clusters[clusters.length - 1];
          const glue =
            last &&
            !space &&
            !last.space &&
            (NO_LINE_START.has(ch) ||
              NO_LINE_END.has(prev) ||
              (!breakAnywhere && WORD_CHAR.test(ch) && WORD_CHAR.test(prev)));
          const piece: Piece = {
            font: run.font,
            color,
            text: ch,
            width: this.measure(run.font, ch),
          };
          if (glue) {
            last.pieces.push(piece);
            last.width += piece.width;
          } else {
            clusters.push({ pieces: [piece], width: piece.width, space });
          }
          prev = ch;
        }
      }
    }
    return clusters;
  }

  private measure(font: string, ch: string): number {
    return this.fonts.advance(font, ch);
  }
}

/** Greedy line filling; widths are in ems (the size is divided out). */
function wrap(clusters: Cluster[], maxWidth: number, indent: number): Cluster[][] {
  const lines: Cluster[][] = [];
  let line: Cluster[] = [];
  let width = indent;
  for (const cluster of clusters) {
    if (cluster.space && line.length === 0 && lines.length > 0) continue; // no leading space
    if (line.length > 0 && width + cluster.width > maxWidth && !cluster.space) {
      while (line.length && line[line.length - 1].space) line.pop(); // no trailing space
      lines.push(line);
      line = [];
      width = 0;
    }
    if (cluster.width > maxWidth - width && !cluster.space) {
      // A word longer than a whole line: break it between characters rather than overflow.
      for (const piece of cluster.pieces) {
        if (line.length > 0 && width + piece.width > maxWidth) {
          lines.push(line);
          line = [];
          width = 0;
        }
        line.push({ pieces: [piece], width: piece.width, space: false });
        width += piece.width;
      }
      continue;
    }
    line.push(cluster);
    width += cluster.width;
  }
  while (line.length && line[line.length - 1].space) line.pop();
  if (line.length) lines.push(line);
  return lines;
}

function lineWidth(line: Cluster[]): number {
  return line.reduce((w, c) => w + c.width, 0);
}

/** Joins neighbouring pieces of the same font and colour, so each is one text() call. */
function mergePieces(line: Cluster[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of line.flatMap((c) => c.pieces)) {
    const last = merged[merged.length - 1];
    if (last && last.font === piece.font && last.color === piece.color) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}
