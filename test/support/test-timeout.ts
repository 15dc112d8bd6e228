// Service and e2e tests start a real database (fresh and migrated, PostgreSQL too) and the e2e ones
// a whole API with Redis and Bull: jest's 5 s default is too short on a busy two-core machine. A
// project's `testTimeout` in jest.config.js is ignored by jest (only the global one counts).
jest.setTimeout(30000);
