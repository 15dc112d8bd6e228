/** The contest's pure rules: scheme, title policy, tie-break chain and lifecycle. No Nest, no TypeORM. */
export * from './contest-rules.types';
export {
  CARRIED_MAX_POINTS_CENTI,
  DEFAULT_JUDGEMENT_TOLERANCE_CENTI,
  DEFAULT_PASS_MARK_CENTI,
  KEY_PATTERN,
  MAX_CRITERIA_PER_PART,
  MAX_CRITERION_POINTS_CENTI,
  MAX_JUDGEMENT_MARK_CENTI,
  MAX_NAME_LENGTH,
  MAX_PARTS,
  type SchemeContext,
  WEIGHTS_TOTAL_CENTI,
  validateScheme,
} from './validate-scheme';
export {
  DEFAULT_MIN_TOTAL_CENTI,
  defaultTitlePolicy,
  validateTitlePolicy,
} from './validate-title-policy';
export { defaultTieBreak, MAX_TIE_BREAK_KEYS, validateTieBreak } from './validate-tie-break';
export {
  allowedTransitions,
  checkTransition,
  CONTEST_TRANSITIONS,
  isContestStatus,
  isSchemeEditable,
} from './contest-lifecycle';
