import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a customer endpoint may never resolve to (SSRF): private, loopback, link-local,
 * cloud metadata, CGNAT, multicast, reserved and documentation ranges, in IPv4 and IPv6.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** The eight 16-bit groups of a valid IPv6 literal (a trailing dotted IPv4 part becomes two groups). */
export function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const split = (part: string | undefined) => (part ? part.split(':') : []);
  const groups = tail === undefined ? split(head) : [...split(head), ...Array(8 - split(head).length - split(tail).length).fill('0'), ...split(tail)];
  return groups.map((g) => parseInt(g, 16));
}

/**
 * The IPv4 address carried in the low 32 bits of IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
 * (::a.b.c.d, which covers :: and ::1) and IPv4-translated (::ffff:0:a.b.c.d) addresses, in any spelling.
 * Those reach the IPv4 host, so they are judged as it. (NAT64, 6to4 and Teredo prefixes are refused whole.)
 */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (g.length !== 8 || g.slice(0, 4).some((x) => x !== 0)) return null;
  const carries = (g[4] === 0 && (g[5] === 0 || g[5] === 0xffff)) || (g[4] === 0xffff && g[5] === 0);
  return carries ? `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}` : null;
}

/**
 * Customer endpoints listen on 80, 443 or an unprivileged port; a URL naming another privileged port
 * (22, 25, 111, 389, 445 …) is refused, so a webhook cannot be aimed at the mail, directory or admin
 * service of a public host. `url.port` is "" for the scheme's default port.
 */
export function isAllowedTargetPort(url: URL): boolean {
  if (url.port === '') return true;
  const port = Number(url.port);
  return port === 80 || port === 443 || port >= 1024;
}

/** True when a literal IP address is publicly routable. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !BLOCKED.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return !BLOCKED.check(v4, 'ipv4');
    return !BLOCKED.check(address, 'ipv6');
  }
  return false;
}

export class BlockedTargetError extends Error {
  constructor(
    readonly host: string,
    readonly address: string | null,
    reason: string,
  ) {
    super(reason);
    this.name = 'BlockedTargetError';
  }
}

export interface ResolvedTarget {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a hostname once and checks every address it yields. Callers connect to the returned
 * address (no second lookup), so DNS cannot answer differently between check and use.
 * Numeric forms ("2130706433", "0x7f.1", "017700000001") are normalised by the WHATWG URL parser
 * before they reach this function.
 */
export async function resolvePublicTarget(hostname: string, allowPrivate: boolean): Promise<ResolvedTarget> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  const addresses = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : ((await lookup(host, { all: true, verbatim: true })) as { address: string; family: 4 | 6 }[]);
  if (addresses.length === 0) throw new BlockedTargetError(host, null, `${host} does not resolve`);
  if (!allowPrivate) {
    const blocked = addresses.find((a) => !isPublicAddress(a.address));
    if (blocked) {
      throw new BlockedTargetError(host, blocked.address, `${host} resolves to ${blocked.address}, a private, loopback, link-local or reserved address`);
    }
  }
  return addresses[0];
}
