import type { components } from '@/api/schema';
import type { Criterion, Part, Scheme, TitlePolicy } from '@/api/types';

/* What a new contest starts from: docs/setup.md's typical scheme and its default title ladder. */

export function newCriterion(key: string, name = ''): Criterion {
  return { key, name, maxPoints: 100, kind: 'MEASUREMENT', method: 'MEAN', tolerance: null };
}

export function newPart(key: string, name = '', weight = 0): Part {
  return { key, name, weight, passMark: 60, carried: false, criteria: [newCriterion(`${key}_1`)] };
}

/** Theory 30 / practical 70: the usual split. */
export function defaultScheme(): Scheme {
  return {
    parts: [
      {
        key: 'theory',
        name: '理论',
        weight: 30,
        passMark: 60,
        carried: false,
        criteria: [{ ...newCriterion('exam', '理论考试'), method: 'SINGLE' }],
      },
      {
        key: 'practical',
        name: '实操',
        weight: 70,
        passMark: 60,
        carried: false,
        criteria: [{ ...newCriterion('operation', '实际操作') }],
      },
    ],
  };
}

export function defaultTitlePolicy(): TitlePolicy {
  return {
    rungs: [
      { title: 'CHAMPION', fromRank: 1, toRank: 1 },
      { title: 'PACESETTER', fromRank: 2, toRank: 3 },
      { title: 'EXPERT', fromRank: 4, toRank: 10 },
      { title: 'EXCELLENT', fromRank: 11, toRank: 15 },
    ],
    minTotal: 60,
    requireAllPartsPassed: true,
    tieAtBoundary: 'INCLUDE_ALL',
  };
}

/** A deep copy to edit, so the contest as read stays as it was until saved. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The scheme as the API takes it: only the fields the editor edits. The contest as read also
 * carries each part's maximum (the sum of its criteria), which would be refused as a mismatch
 * once a criterion's maximum is changed. A carried part is sent without criteria (it has none).
 */
export function schemeBody(scheme: Scheme): components['schemas']['SchemeDto'] {
  return {
    parts: scheme.parts.map(({ key, name, weight, passMark, carried, criteria }) =>
      carried
        ? { key, name, weight, passMark, carried }
        : {
            key,
            name,
            weight,
            passMark,
            criteria: criteria.map(({ key, name, maxPoints, kind, method, tolerance }) => ({
              key,
              name,
              maxPoints,
              kind,
              method,
              tolerance,
            })),
          },
    ),
  };
}

/** The ladder as the API takes it (the contest as read adds each rung's Chinese name). */
export function titlePolicyBody(policy: TitlePolicy): components['schemas']['TitlePolicyDto'] {
  return {
    ...policy,
    rungs: policy.rungs.map(({ title, fromRank, toRank, percent, rounding }) => ({
      title,
      fromRank,
      toRank,
      percent,
      rounding,
    })),
  };
}
