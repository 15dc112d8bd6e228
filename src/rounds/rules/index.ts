/** The campaign's pure rules of advancement (晋级): the rule, the list, its versions. No Nest, no TypeORM. */
export * from './advancement-rule';
export * from './advancement.types';
export { computeAdvancement } from './advancement';
export * from './advancement-diff';
export { percentPlaces } from './allocate';
