import { startApp, type E2eApp } from '../support/e2e-app';
import { databases } from '../support/e2e-databases';

describe.each(databases)('service basics on %s: health, OpenAPI, errors', (_name, database) => {
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  let t: E2eApp;
  beforeAll(async () => {
    const db = await database();
    dropDatabase = db.drop;
    t = await startApp(db.overrides);
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
  });

  it('reports db and redis up on /health, outside /api', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('serves an OpenAPI 3 document naming the set-up routes', async () => {
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, object> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/auth/login',
      '/api/users',
      '/api/units',
      '/api/trades',
      '/api/competitions',
      '/api/competitions/{id}',
      '/api/competitions/{id}/contests',
      '/api/contests/{id}',
      '/api/jobs/{jobId}',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    const docsUi = await t.http.get('/api/docs');
    expect(docsUi.status).toBe(200);
    expect(docsUi.text).toContain('swagger');
  });

  it('answers malformed JSON with 400 INVALID_JSON in the uniform error shape', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"username": "admin", ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      code: 'INVALID_JSON',
      message: expect.any(String),
    });
  });

  it('refuses an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const auth = await t.login();
    const res = await t.http
      .post('/api/units')
      .set('authorization', auth)
      .send({ code: 'BIG', name: 'x'.repeat(t.env.BODY_LIMIT_BYTES + 10) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    const units = await t.http.get('/api/units').set('authorization', auth);
    expect(units.body).toEqual([]);
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    const res = await t.http.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
