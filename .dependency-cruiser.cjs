/**
 * Boundaries the code keeps by itself (docs/architecture.md, "Boundaries"), checked by
 * `npm run lint:deps` as part of `npm run check`. Every rule is an error; a temporary exception
 * (none today) is named, commented and listed in docs/architecture.md.
 */

/** Feature folders under src/ (infrastructure: bootstrap, common, config, database, jobs). */
const FEATURES = [
  'auth',
  'certificates',
  'competitions',
  'contests',
  'dashboard',
  'health',
  'judging',
  'maintenance',
  'registrations',
  'results',
  'retention',
  'rounds',
  'trades',
  'units',
  'users',
  'workers',
];
const FEATURE = `^src/(${FEATURES.join('|')})/`;
/** Any rules/ folder under src/ (pure domain rules). */
const RULES = ['^src/rules/', '^src/.+/rules/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'rules-are-pure',
      comment:
        'A rules/ folder holds pure domain rules: no Nest, no TypeORM, no entity (they take and return plain values).',
      severity: 'error',
      from: { path: RULES },
      to: { path: '(^|/)node_modules/(@nestjs/[^/]+|typeorm)/' },
    },
    {
      name: 'rules-import-no-entity',
      comment: 'A rules/ folder does not import an entity: it works on plain values.',
      severity: 'error',
      from: { path: RULES },
      to: { path: '\\.entit(y|ies)\\.ts$' },
    },
    {
      name: 'common-imports-no-feature',
      comment: 'src/common is shared by every feature, so it depends on none of them.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: [FEATURE, '^src/jobs/'] },
    },
    {
      name: 'results-import-no-certificates',
      comment:
        'Publishing results emits ResultsPublished (handled inside the publish transaction, src/common/transactional-events.ts); certificates handles it, results does not call certificates.',
      severity: 'error',
      from: { path: '^src/results/' },
      to: { path: '^src/certificates/' },
    },
    {
      name: 'units-import-no-workers',
      comment: 'Units know nothing of the workers registered in them.',
      severity: 'error',
      from: { path: '^src/units/' },
      to: { path: '^src/workers/' },
    },
    {
      name: 'jobs-import-no-feature-entity',
      comment:
        "The job plumbing (src/jobs) reads no feature's tables: each handler says who may read its job.",
      severity: 'error',
      from: { path: '^src/jobs/' },
      to: { path: `${FEATURE}.*\\.entit(y|ies)\\.ts$` },
    },
    {
      name: 'no-feature-cycles',
      comment: 'Feature folders do not depend on each other in a circle.',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { circular: true, viaSomeNot: '^src/$1/' },
    },
  ],
  required: [
    {
      name: 'role-and-principal-live-in-common-auth',
      comment:
        'Role and Principal are defined in src/common/auth/principal.ts; the users entity takes Role from there for its column.',
      severity: 'error',
      module: { path: '^src/users/user\\.entity\\.ts$' },
      to: { path: '^src/common/auth/principal\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|web|test-output)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
