import { loadEnvironment } from './environment';
import { trustedProxies, trustProxyEntryProblem } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it('is empty by default: nobody is trusted', () => {
    expect(trustedProxies(loadEnvironment({}).TRUST_PROXY)).toEqual([]);
  });

  it('passes every accepted form to Fastify as it accepts them', () => {
    const entries = trustedProxies(
      '127.0.0.1,10.0.0.0/8,::1,fd00::/8,loopback,127.0.0.1/8,::ffff:10.0.0.1',
    );
    expect(entries.map(trustProxyEntryProblem)).toEqual(entries.map(() => null));
    // Fastify compiles them with proxy-addr at start-up; it throws on any it cannot read.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const proxyAddr = require('@fastify/proxy-addr') as {
      compile(v: string[]): (a: string, i: number) => boolean;
    };
    const trust = proxyAddr.compile(entries);
    expect([trust('10.1.2.3', 0), trust('192.0.2.1', 0), trust('::1', 0)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('takes addresses and CIDRs, IPv4 and IPv6, with blanks around the commas', () => {
    const env = loadEnvironment({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1 , fd00::/8,loopback' });
    expect(trustedProxies(env.TRUST_PROXY)).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each([
    ['10.0.0.0/33', 'prefix length outside 1-32'],
    ['0.0.0.0/0', 'prefix length outside 1-32'],
    ['fd00::/129', 'prefix length outside 1-128'],
    ['fe80::1%eth0', 'not an IP address or CIDR'],
    ['10.0.0.0/8/8', 'not an IP address or CIDR'],
    ['10.0.0.256', 'not an IP address or CIDR'],
    ['proxy.example.org', 'not an IP address or CIDR'],
    ['*', 'not an IP address or CIDR'],
    ['10.0.0.0/x', 'prefix length'],
  ])('refuses %s at start-up, naming the variable', (value, problem) => {
    expect(trustProxyEntryProblem(value)).toContain(problem);
    expect(() => loadEnvironment({ TRUST_PROXY: `127.0.0.1,${value}` })).toThrow(
      new RegExp(`TRUST_PROXY=.*${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });
});
