/**
 * `npm run demo`: the service with a small competition already set up, scored, published and
 * certified — 5 contests, 300 workers, and a sixth in the middle of scoring — so a newcomer sees
 * every part working (scripts/demo-data.ts). Everything is made through the HTTP API, from a
 * fixed seed, in a fresh data folder (DEMO_DIR, default ./data/demo). Needs Redis (REDIS_URL,
 * default local). Stop it with Ctrl+C.
 */
import { rmSync } from 'node:fs';
import { createApp } from '../src/bootstrap/create-app';
import { loadEnvironment } from '../src/config/environment';
import { DEMO_PASSWORD, seedDemo } from './demo-data';

const DIR = process.env.DEMO_DIR ?? './data/demo';
const PORT = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  const env = loadEnvironment({
    DATA_DIR: DIR,
    PORT: String(PORT),
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: `demo_${PORT}`,
    LOG_LEVEL: 'warn',
    ADMIN_USERNAME: 'organizer',
    ADMIN_PASSWORD: DEMO_PASSWORD,
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${PORT}`,
  });
  const app = await createApp(env);
  await app.listen(PORT, env.HOST);
  const base = `http://localhost:${PORT}`;
  console.log('Setting up the demo competition…');
  const demo = await seedDemo(base, (line) => console.log(line));
  const competition = { id: demo.competitionId };
  const verifyCode = demo.verifyCode;
  const PASSWORD = DEMO_PASSWORD;
  console.log(`
The demo is running at ${base}

  Web pages             ${base}/   (中文; English from the header)
  Judges' score sheet   ${base}/#/judge   (sign in as judge4; 数控车工 is still being scored)
  API documentation     ${base}/api/docs
  Public rankings       ${base}/api/public/competitions/${competition.id}/rankings
  Units and titles      ${base}/api/public/competitions/${competition.id}/units
  A certificate's page  ${base}/verify/${verifyCode}
  Health                ${base}/health

Accounts (password for all: ${PASSWORD}):
  organizer     organizer (组织方)
  chief         chief judge (裁判长) of every contest
  judge1…judge4 judges (裁判); judge1–3 belong to the three districts, so each is kept off their own workers
  grader        marks the theory exam
  coordinator   unit coordinator (单位联络员) of 海州区总工会

Stop with Ctrl+C.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
