/**
 * Makes fontkit's CFF subsets small and fast by inlining subroutines ("desubroutinizing").
 *
 * Why: fontkit keeps every subroutine slot of the original font in each subset (unused ones as a
 * one-byte `return`) so that the numbers in the charstrings stay valid. Noto Sans Hans has 22,293
 * local subroutines in its ideograph FD and 641 global ones, so every subset, however few glyphs
 * it holds, encodes and compresses ~25k index entries: ~40 KB and ~12 ms per font per PDF, the
 * bulk of a certificate's size and time. With the subroutine calls inlined into the few glyphs a
 * certificate uses, the subset needs no subroutines at all.
 *
 * Only CFF (version 1) fonts are changed, and any charstring this code does not understand makes
 * that one subset fall back to fontkit's own behaviour, so a font is never drawn wrongly.
 */
import type { FontkitFont } from './fonts';

interface CffIndexEntry {
  offset: number;
  length: number;
}
interface CffTable {
  version: number;
  stream: { buffer: Uint8Array };
  topDict: { CharStrings: CffIndexEntry[] };
  globalSubrIndex?: CffIndexEntry[];
  privateDictForGlyph(gid: number): { Subrs?: CffIndexEntry[] } | null;
}
/** The members of fontkit's CFFSubset that are overridden or read here. */
interface CffSubset {
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  subsetCharstrings(): void;
  subsetSubrs(subrs: CffIndexEntry[], used: Record<number, boolean>): Uint8Array[];
  encode(): Uint8Array;
}
type CffSubsetClass = new (font: FontkitFont) => CffSubset;
type SubsettableFont = FontkitFont & { createSubset(): CffSubset; 'CFF '?: CffTable };

const OP_CALLSUBR = 10;
const OP_RETURN = 11;
const OP_ESCAPE = 12;
const OP_ENDCHAR = 14;
const OP_CALLGSUBR = 29;
const STEM_OPS = new Set([1, 3, 18, 23]); // hstem, vstem, hstemhm, vstemhm
const MASK_OPS = new Set([19, 20]); // hintmask, cntrmask
const FLEX_OPS = new Set([34, 35, 36, 37]); // the only escape operators that clear the stack

/** Replaces `font.createSubset` so that its CFF subsets carry inlined charstrings. */
export function flattenCffSubsets(font: FontkitFont): boolean {
  const f = font as SubsettableFont;
  const cff = f['CFF '];
  if (!cff || cff.version !== 1) return false; // TrueType and CFF2 are left alone
  // fontkit does not export CFFSubset; a throwaway subset hands us its class to extend.
  const Base = f.createSubset().constructor as CffSubsetClass;
  const cache = new Map<number, Uint8Array>();

  class FlatCffSubset extends Base {
    private flat = true;

    override subsetCharstrings(): void {
      try {
        this.charstrings = this.glyphs.map((gid) => {
          let cs = cache.get(gid);
          if (!cs) cache.set(gid, (cs = flattenCharString(cff!, gid)));
          return cs;
        });
        this.gsubrs = [];
      } catch {
        this.flat = false;
        super.subsetCharstrings();
      }
    }

    override subsetSubrs(subrs: CffIndexEntry[], used: Record<number, boolean>): Uint8Array[] {
      return this.flat ? [] : super.subsetSubrs(subrs, used);
    }
  }
  f.createSubset = () => new FlatCffSubset(font);
  return true;
}

/** The subroutine number bias of the Type 2 charstring format. */
function bias(subrs: CffIndexEntry[]): number {
  return subrs.length < 1240 ? 107 : subrs.length < 33900 ? 1131 : 32768;
}

/** One glyph's Type 2 charstring with every callsubr/callgsubr replaced by the routine's body. */
export function flattenCharString(cff: CffTable, gid: number): Uint8Array {
  const buf = cff.stream.buffer;
  const gsubrs = cff.globalSubrIndex ?? [];
  const subrs = cff.privateDictForGlyph(gid)?.Subrs ?? [];
  const out: number[] = [];
  // Operands since the last operator: where each starts in `out`, and its value.
  let operands: Array<{ start: number; value: number }> = [];
  let stems = 0;
  let ended = false;

  const walk = (pos: number, end: number, depth: number): void => {
    if (depth > 10) throw new Error('subroutines nested too deep');
    while (pos < end && !ended) {
      const b0 = buf[pos];
      if (b0 === 28 || b0 >= 32) {
        const [len, value] = readNumber(buf, pos);
        operands.push({ start: out.length, value });
        for (let i = 0; i < len; i++) out.push(buf[pos + i]);
        pos += len;
        continue;
      }
      pos++;
      if (b0 === OP_CALLSUBR || b0 === OP_CALLGSUBR) {
        const index = operands.pop();
        const list = b0 === OP_CALLSUBR ? subrs : gsubrs;
        const subr = index && list[index.value + bias(list)];
        if (!index || !subr) throw new Error('bad subroutine call');
        out.length = index.start; // the routine number is not an operand of what follows
        walk(subr.offset, subr.offset + subr.length, depth + 1);
      } else if (b0 === OP_RETURN) {
        return;
      } else if (b0 === OP_ENDCHAR) {
        out.push(b0);
        ended = true;
      } else if (b0 === OP_ESCAPE) {
        const b1 = buf[pos++];
        if (!FLEX_OPS.has(b1)) throw new Error(`unsupported operator 12 ${b1}`);
        out.push(b0, b1);
        operands = [];
      } else {
        // Stem hints, counted with an odd leading width ignored, size the hint masks' bytes.
        if (STEM_OPS.has(b0) || MASK_OPS.has(b0)) stems += operands.length >> 1;
        out.push(b0);
        operands = [];
        if (MASK_OPS.has(b0)) {
          const bytes = (stems + 7) >> 3;
          for (let i = 0; i < bytes; i++) out.push(buf[pos + i]);
          pos += bytes;
        }
      }
    }
  };

  const cs = cff.topDict.CharStrings[gid];
  walk(cs.offset, cs.offset + cs.length, 0);
  if (out.length > 65535) throw new Error('charstring too long');
  return Uint8Array.from(out);
}

/** A Type 2 charstring number at `pos`: its byte length and value. */
function readNumber(buf: Uint8Array, pos: number): [number, number] {
  const b0 = buf[pos];
  if (b0 === 28) return [3, ((buf[pos + 1] << 24) | (buf[pos + 2] << 16)) >> 16];
  if (b0 <= 246) return [1, b0 - 139];
  if (b0 <= 250) return [2, (b0 - 247) * 256 + buf[pos + 1] + 108];
  if (b0 <= 254) return [2, -(b0 - 251) * 256 - buf[pos + 1] - 108];
  // 16.16 fixed; never a subroutine number, so its exact value does not matter here.
  const fixed = (buf[pos + 1] << 24) | (buf[pos + 2] << 16) | (buf[pos + 3] << 8) | buf[pos + 4];
  return [5, fixed / 65536];
}
