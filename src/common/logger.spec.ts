import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Fastify from 'fastify';
import { REDACTED } from './log-redaction';
import { createLogger, LogLevelName, NestPinoLogger } from './logger';

const ID = '11010519491231002X';
const PHONE = '13800138000';

type Line = Record<string, unknown>;

/** A logger writing into an array, parsed line by line (each write must be one JSON line). */
function captured(level: LogLevelName) {
  const raw: string[] = [];
  const pino = createLogger(level, { write: (line: string) => raw.push(line) });
  const lines = (): Line[] =>
    raw.map((line) => {
      expect(line.endsWith('\n')).toBe(true);
      return JSON.parse(line) as Line;
    });
  return { pino, raw, lines };
}

@Module({})
class EmptyModule {}

describe('the one logger (pino) of the API and the job runner', () => {
  it("writes Nest's lines as JSON with the context, redacted, stacks included", () => {
    const { pino, raw, lines } = captured('info');
    const nest = new NestPinoLogger(pino);
    nest.log(`registered ${ID}`, 'Registrations');
    nest.warn(`phone ${PHONE} looks odd`, 'Registrations');
    nest.error(`failed for ${ID}`, `Error: ${PHONE}\n    at somewhere (x.ts:1:1)`, 'Jobs');
    nest.error('no stack, a context', 'Jobs');
    nest.error(new Error(`thrown for ${ID}`));
    nest.log({ worker: { idNumber: ID } }, 'Test');
    nest.debug('not at info', 'Test');
    nest.verbose('not at info', 'Test');

    const [log, warn, error, errorNoStack, thrown, object] = lines();
    expect(lines()).toHaveLength(6);
    expect(log).toMatchObject({
      level: 30,
      context: 'Registrations',
      msg: `registered ${REDACTED}`,
    });
    expect(warn).toMatchObject({ level: 40, msg: `phone ${REDACTED} looks odd` });
    expect(error).toMatchObject({
      level: 50,
      context: 'Jobs',
      msg: `failed for ${REDACTED}`,
      stack: `Error: ${REDACTED}\n    at somewhere (x.ts:1:1)`,
    });
    expect(errorNoStack).toEqual(expect.objectContaining({ context: 'Jobs' }));
    expect(errorNoStack.stack).toBeUndefined();
    expect(thrown).toMatchObject({ level: 50, msg: `thrown for ${REDACTED}` });
    expect((thrown.err as { stack: string }).stack).toContain('logger.spec.ts');
    expect(object).toMatchObject({ msg: JSON.stringify({ worker: { idNumber: REDACTED } }) });
    for (const line of lines()) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['level', 'time', 'pid', 'msg']));
    }
    expect(raw.join('')).not.toContain(ID);
    expect(raw.join('')).not.toContain(PHONE);
  });

  it.each<[LogLevelName, number[]]>([
    ['trace', [10, 20, 30, 40, 50, 60]],
    ['info', [30, 40, 50, 60]],
    ['warn', [40, 50, 60]],
    ['fatal', [60]],
    ['silent', []],
  ])('at LOG_LEVEL=%s writes the levels %j', (level, expected) => {
    const { pino, lines } = captured(level);
    const nest = new NestPinoLogger(pino);
    nest.verbose('v');
    nest.debug('d');
    nest.log('l');
    nest.warn('w');
    nest.error('e');
    nest.fatal('f');
    expect(lines().map((line) => line.level)).toEqual(expected);
  });

  it("logs Fastify's requests through the same instance, in the same shape, URL redacted", async () => {
    const { pino, lines } = captured('info');
    const app = Fastify({ loggerInstance: pino });
    app.get('/api/registrations/:id', () => ({ ok: true }));
    new NestPinoLogger(pino).log('ready', 'Bootstrap');
    const res = await app.inject({ url: `/api/registrations/${ID}?q=${PHONE}&page=2` });
    expect(res.statusCode).toBe(200);
    await app.close();

    const [nestLine, incoming, completed] = lines();
    expect(incoming).toMatchObject({
      level: 30,
      msg: 'incoming request',
      req: { method: 'GET', url: `/api/registrations/${REDACTED}?q=${REDACTED}&page=2` },
    });
    expect(completed).toMatchObject({ level: 30, res: { statusCode: 200 } });
    // The fields every line has are the same for both writers.
    const common = ['level', 'time', 'pid', 'hostname', 'msg'];
    expect(Object.keys(nestLine)).toEqual(expect.arrayContaining(common));
    expect(Object.keys(incoming)).toEqual(expect.arrayContaining(common));
    expect(incoming.pid).toBe(nestLine.pid);
  });

  it('at LOG_LEVEL=silent neither Fastify nor Nest writes a line', async () => {
    const { pino, raw } = captured('silent');
    const app = Fastify({ loggerInstance: pino });
    app.get('/x', () => ({ ok: true }));
    await app.inject({ url: '/x' });
    await app.close();
    const context = await NestFactory.createApplicationContext(EmptyModule, {
      logger: new NestPinoLogger(pino),
    });
    new Logger('Test').error('even errors');
    await context.close();
    expect(raw).toEqual([]);
  });

  it("routes Nest's static Logger into pino once an application uses the adapter", async () => {
    const { pino, lines } = captured('info');
    const context = await NestFactory.createApplicationContext(EmptyModule, {
      logger: new NestPinoLogger(pino),
    });
    new Logger('JobRunner').log(`started for ${PHONE}`);
    await context.close();
    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 30, context: 'JobRunner', msg: `started for ${REDACTED}` }),
    );
    // Nest's own start-up lines come through it too.
    expect(lines()).toContainEqual(expect.objectContaining({ context: 'NestFactory' }));
  });
});
