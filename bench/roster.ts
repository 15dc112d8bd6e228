import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红鹏飞宇浩然欣怡子轩梓涵雨辰';

/** A small deterministic random source (mulberry32): the same competition from the same seed. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th distinct valid resident ID number (birth dates spread over 1970–1999). */
export function benchIdNumber(i: number): string {
  const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(i / 900) * 86400000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `210902${birth}${String(100 + (i % 900)).padStart(3, '0')}`;
  const sum = WEIGHTS.reduce((s, w, k) => s + w * Number(first17[k]), 0);
  return first17 + '10X98765432'[sum % 11];
}

export function benchName(i: number): string {
  const surname = SURNAMES[i % SURNAMES.length];
  const a = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length];
  const b = GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length];
  return `${surname}${a}${b}`;
}

/**
 * A roster as a unit's office would keep it: a title row, Chinese headers, the ID column as
 * text, a mobile for most workers, units by code.
 */
export async function benchRoster(rows: number, unitCodes: string[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026年职工职业技能大赛报名表']).commit();
  sheet.addRow(['序号', '姓名', '身份证号', '性别', '手机', '单位代码']).commit();
  for (let i = 0; i < rows; i++) {
    const id = benchIdNumber(i);
    sheet
      .addRow([
        i + 1,
        benchName(i),
        id,
        Number(id[16]) % 2 ? '男' : '女',
        i % 10 === 0 ? '' : `13${String(900000000 + i).slice(0, 9)}`,
        unitCodes[i % unitCodes.length],
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
