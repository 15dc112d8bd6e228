/** GET /api/health: 200 when both answer, 503 (the same body) naming what is down. */
export class HealthResponse {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  redis: 'up' | 'down';
}
