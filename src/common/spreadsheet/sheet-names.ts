/** Characters Excel refuses in a worksheet's name. */
const FORBIDDEN = /[*?:/\\[\]]/g;
const FULL_WIDTH: Record<string, string> = {
  '*': '＊',
  '?': '？',
  ':': '：',
  '/': '／',
  '\\': '＼',
  '[': '［',
  ']': '］',
};
export const MAX_SHEET_NAME = 31;

/**
 * Worksheet names for one workbook, made from free text (trade names): Excel reports a file as
 * damaged when a sheet's name has * ? : / \ [ ], starts or ends with an apostrophe, is longer than
 * 31 characters, or repeats another's (ignoring case). exceljs's streaming writer checks none of
 * it. Forbidden characters become their full-width forms (焊工/电焊 → 焊工／电焊); repeats get (2), (3)….
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  name(wanted: string): string {
    const cleaned =
      [...wanted.replace(FORBIDDEN, (c) => FULL_WIDTH[c]).replace(/^'+|'+$/g, '')]
        .slice(0, MAX_SHEET_NAME)
        .join('')
        .trim() || 'Sheet';
    let name = cleaned;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...cleaned].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
