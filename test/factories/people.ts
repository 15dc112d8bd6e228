const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红鹏飞宇浩然欣怡子轩梓涵雨辰';

/** A distinct, plausible Chinese name for every i below 50 × 45 × 45 (names may hold no digits). */
export function personName(i: number): string {
  const s = SURNAMES[i % SURNAMES.length];
  const rest = Math.floor(i / SURNAMES.length);
  const a = GIVEN[rest % GIVEN.length];
  const b = Math.floor(rest / GIVEN.length);
  return b === 0 ? `${s}${a}` : `${s}${a}${GIVEN[(b - 1) % GIVEN.length]}`;
}
