/**
 * Boundaries the code keeps by itself (docs/architecture.md, "Boundaries"), checked by
 * `npm run lint:deps` as part of `npm run check`. Every rule is an error; a temporary exception
 * is named, commented and listed in docs/architecture.md.
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
  'trades',
  'units',
  'users',
  'workers',
];
const FEATURE = `^src/(${FEATURES.join('|')})/`;
/** Any rules/ folder under src/ (pure domain rules). */
const RULES = ['^src/rules/', '^src/.+/rules/'];
/** The one edge from results to certificates still allowed, until publication emits an event. */
const RESULTS_TO_CERTIFICATES_EXCEPTION = {
  from: '^src/results/results\\.(service|module)\\.ts$',
  to: '^src/certificates/certificate-requests\\.ts$',
};

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
        'Publishing results emits an event (recorded in the publish transaction) that certificates handles; results does not call certificates.',
      severity: 'error',
      from: { path: '^src/results/', pathNot: RESULTS_TO_CERTIFICATES_EXCEPTION.from },
      to: { path: '^src/certificates/' },
    },
    {
      // TEMPORARY EXCEPTION (issue 16, item 3): results.service records and queues the certificate
      // reissue itself when a run is published, through CertificateRequests. Until that becomes a
      // "results published" event that certificates handles (recorded in the publish transaction),
      // these two files may import certificate-requests.ts, and nothing else of certificates.
      name: 'results-import-no-certificates-exception',
      comment:
        'Temporary: only results.service.ts and results.module.ts, and only certificate-requests.ts (see docs/architecture.md).',
      severity: 'error',
      from: { path: RESULTS_TO_CERTIFICATES_EXCEPTION.from },
      to: { path: '^src/certificates/', pathNot: RESULTS_TO_CERTIFICATES_EXCEPTION.to },
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
