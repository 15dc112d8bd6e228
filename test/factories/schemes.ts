import type { SchemeDto } from '../../src/contests/dto/contest-input.dto';

/** Scoring schemes as an organizer would send them (docs/setup.md's typical splits). */

export function theoryPracticalScheme(theoryWeight: number, practicalWeight: number): SchemeDto {
  return {
    parts: [
      {
        key: 'theory',
        name: '理论',
        weight: theoryWeight,
        criteria: [
          { key: 'exam', name: '理论考试', maxPoints: 100, kind: 'MEASUREMENT', method: 'SINGLE' },
        ],
      },
      {
        key: 'practical',
        name: '实操',
        weight: practicalWeight,
        criteria: [
          { key: 'accuracy', name: '尺寸精度', maxPoints: 40, kind: 'MEASUREMENT' },
          {
            key: 'finish',
            name: '表面质量',
            maxPoints: 30,
            kind: 'MEASUREMENT',
            method: 'TRIMMED_MEAN',
          },
          { key: 'safety', name: '安全文明生产', maxPoints: 30, kind: 'JUDGEMENT', tolerance: 1 },
        ],
      },
    ],
  };
}

export const scheme30x70 = (): SchemeDto => theoryPracticalScheme(30, 70);
export const scheme20x80 = (): SchemeDto => theoryPracticalScheme(20, 80);

export function schemeWithDefence(): SchemeDto {
  const scheme = theoryPracticalScheme(25, 55);
  return {
    parts: [
      ...scheme.parts,
      {
        key: 'defence',
        name: '答辩',
        weight: 20,
        criteria: [
          { key: 'answers', name: '答辩表现', maxPoints: 20, kind: 'JUDGEMENT', method: 'MEDIAN' },
        ],
      },
    ],
  };
}
