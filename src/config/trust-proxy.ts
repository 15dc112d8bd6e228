import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Ranges proxy-addr (Fastify's trustProxy) knows by name. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * The entries of TRUST_PROXY: comma-separated addresses and CIDRs of the reverse proxies whose
 * X-Forwarded-For is believed. Empty: nobody is trusted and the client address is the TCP peer's.
 */
export function trustedProxies(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** Why one entry is not an address, a CIDR or a named range; null when it is one. */
export function trustProxyEntryProblem(entry: string): string | null {
  if (NAMED_RANGES.includes(entry)) return null;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  // No IPv6 zone (fe80::1%eth0): proxy-addr does not take one.
  if (family === 0 || rest.length > 0 || address.includes('%')) {
    return `"${entry}" is not an IP address or CIDR`;
  }
  if (prefix === undefined) return null;
  const bits = family === 4 ? 32 : 128;
  // A /0 would trust every address on earth; proxy-addr refuses it too.
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) < 1 || Number(prefix) > bits) {
    return `"${entry}" has a prefix length outside 1-${bits}`;
  }
  return null;
}

/** class-validator check for TRUST_PROXY: every entry must be an address, a CIDR or a named range. */
export function IsTrustProxyList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustProxyList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          trustedProxies(value).every((entry) => trustProxyEntryProblem(entry) === null),
        defaultMessage: (args) => {
          const value = typeof args?.value === 'string' ? args.value : '';
          const problems = trustedProxies(value)
            .map(trustProxyEntryProblem)
            .filter((p): p is string => p !== null);
          return (
            `TRUST_PROXY must be comma-separated IP addresses or CIDRs of reverse proxies ` +
            `(e.g. 127.0.0.1,10.0.0.0/8,::1)${problems.length ? `: ${problems.join('; ')}` : ''}`
          );
        },
      },
    },
    options,
  );
}
