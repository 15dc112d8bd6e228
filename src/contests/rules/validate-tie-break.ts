import {
  describeValue,
  isOneOf,
  isRecord,
  IssueCollector,
  RuleResult,
  Scheme,
  SORT_ORDERS,
  SortOrder,
  TIE_BREAK_BYS,
  TieBreakBy,
  TieBreakKey,
} from './contest-rules.types';

export const MAX_TIE_BREAK_KEYS = 5;

/** Higher part and criterion scores win; less time used wins. */
const DEFAULT_ORDER: Readonly<Record<TieBreakBy, SortOrder>> = {
  PART: 'DESC',
  CRITERION: 'DESC',
  TIME: 'ASC',
};

/**
 * docs/setup.md default: practical-part score, higher first; then time used, less first. A scheme with
 * no part keyed `practical` uses its heaviest part (the first, if several weigh the same), never a
 * carried one. With one part that score equals the total, so it would break nothing and is left out.
 */
export function defaultTieBreak(scheme: Scheme): TieBreakKey[] {
  const keys: TieBreakKey[] = [];
  // A carried part is the feeder's work, not this contest's: the default breaks ties by a judged part.
  const judged = scheme.parts.filter((part) => !part.carried);
  if (scheme.parts.length > 1 && judged.length > 0) {
    const practical =
      judged.find((part) => part.key === 'practical') ??
      judged.reduce((best, part) => (part.weightCenti > best.weightCenti ? part : best));
    keys.push({ by: 'PART', partKey: practical.key, order: 'DESC' });
  }
  keys.push({ by: 'TIME', order: 'ASC' });
  return keys;
}

function identity(key: TieBreakKey): string {
  if (key.by === 'PART') return `PART:${key.partKey}`;
  if (key.by === 'CRITERION') return `CRITERION:${key.criterionKey}`;
  return 'TIME';
}

function readKey(
  input: unknown,
  path: string,
  scheme: Scheme,
  issues: IssueCollector,
): TieBreakKey | null {
  if (!isRecord(input) || !isOneOf(TIE_BREAK_BYS, input.by)) {
    issues.add(
      'TIE_BREAK_INVALID',
      isRecord(input) ? `${path}.by` : path,
      `A tie-break key needs "by" set to one of ${TIE_BREAK_BYS.join(', ')}; got ${describeValue(isRecord(input) ? input.by : input)}.`,
    );
    return null;
  }
  const by = input.by;
  let order = DEFAULT_ORDER[by];
  if (input.order !== undefined) {
    if (isOneOf(SORT_ORDERS, input.order)) order = input.order;
    else {
      issues.add(
        'ORDER_INVALID',
        `${path}.order`,
        `order must be ASC or DESC; got ${describeValue(input.order)}.`,
      );
    }
  }
  if (by === 'PART') {
    const partKey = input.partKey;
    if (typeof partKey === 'string' && scheme.parts.some((part) => part.key === partKey)) {
      return { by, partKey, order };
    }
    issues.add(
      'UNKNOWN_PART',
      `${path}.partKey`,
      `partKey must name a part of the scheme (${scheme.parts.map((p) => p.key).join(', ')}); got ${describeValue(partKey)}.`,
    );
    return null;
  }
  if (by === 'CRITERION') {
    const criterionKey = input.criterionKey;
    const known = scheme.parts.some((part) => part.criteria.some((c) => c.key === criterionKey));
    if (typeof criterionKey === 'string' && known) return { by, criterionKey, order };
    issues.add(
      'UNKNOWN_CRITERION',
      `${path}.criterionKey`,
      `criterionKey must name a criterion of the scheme; got ${describeValue(criterionKey)}.`,
    );
    return null;
  }
  return { by, order };
}

/**
 * Checks a tie-break chain against the contest's (already validated) scheme and fills in the
 * default orders. Applied in list order after the total; only a full tie on every key shares a rank.
 */
export function validateTieBreak(input: unknown, scheme: Scheme): RuleResult<TieBreakKey[]> {
  const issues = new IssueCollector();
  if (!Array.isArray(input) || input.length > MAX_TIE_BREAK_KEYS) {
    issues.add(
      'TIE_BREAKS_INVALID',
      '',
      `The tie-break chain must be a list of at most ${MAX_TIE_BREAK_KEYS} keys; ${Array.isArray(input) ? `it has ${input.length}` : `got ${describeValue(input)}`}.`,
    );
  }
  const seen = new Map<string, number>();
  const keys = (Array.isArray(input) ? (input as unknown[]) : []).map((raw, i) => {
    const key = readKey(raw, `[${i}]`, scheme, issues);
    if (key === null) return null;
    // A repeat can never break a tie the first one left, whichever its order.
    const first = seen.get(identity(key));
    if (first !== undefined) {
      issues.add(
        'DUPLICATE_TIE_BREAK',
        `[${i}]`,
        `This key repeats [${first}]; a repeated key cannot break a tie the first one left.`,
      );
      return null;
    }
    seen.set(identity(key), i);
    return key;
  });
  return issues.result(() => keys.filter((key): key is TieBreakKey => key !== null));
}
