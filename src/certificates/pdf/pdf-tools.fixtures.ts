/** Test helpers: look at rendered PDFs with poppler and zbar, as a reader and a phone would. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  zbarimg: 'zbar-tools',
};

/** Fails (never skips) when a tool is missing: CI installs them, so absence is an error. */
export function requireTool(tool: string): void {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is not installed; run: apt-get install ${PACKAGES[tool] ?? tool}`);
  }
}

function run(tool: string, args: string[]): string {
  requireTool(tool);
  // stderr is captured (zbarimg complains about a missing D-Bus) and shown only on failure.
  return execFileSync(tool, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A scratch directory for one test file, removed by `cleanup`. */
export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'cert-pdf-'));
  private n = 0;

  write(pdf: Buffer): string {
    const file = join(this.dir, `doc-${++this.n}.pdf`);
    writeFileSync(file, pdf);
    return file;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

/** The text with every space and line break removed, for checking text that may wrap. */
export function pdfTextCompact(file: string): string {
  return pdfText(file).replace(/\s+/gu, '');
}

/** pdfinfo's "Key: value" lines as an object (Title, Author, Subject, Pages, Page size…). */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

/** Every text box poppler finds, in points from the page's top left. */
export function pdfWordBoxes(
  file: string,
): Array<{ text: string; xMin: number; yMin: number; xMax: number; yMax: number }> {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const re =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return [...html.matchAll(re)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5],
  }));
}

/** Rasterises page 1 to a PNG file at `dpi`; returns the PNG's path. */
export function pdfToPng(file: string, dpi: number, outBase = file.replace(/\.pdf$/, '')): string {
  run('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', file, outBase]);
  return `${outBase}.png`;
}

export function pngBytes(file: string): Buffer {
  return readFileSync(file);
}

/** The QR codes zbar finds in an image, one per line, as raw text. */
export function decodeQr(png: string): string[] {
  return run('zbarimg', ['-q', '--raw', png])
    .split('\n')
    .filter((l) => l.length > 0);
}
