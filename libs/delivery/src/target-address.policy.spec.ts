import { BlockedTargetError, ipv6Groups, isAllowedTargetPort, isPublicAddress, resolvePublicTarget } from './target-address.policy';

describe('target address policy', () => {
  it.each([
    '10.1.2.3',
    '127.0.0.1',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    'ff02::1',
    '64:ff9b::a00:1',
    // the same hosts in other IPv6 spellings: full, IPv4-compatible, IPv4-translated
    '0:0:0:0:0:ffff:7f00:1',
    '0000:0000:0000:0000:0000:FFFF:0A00:0001',
    '::7f00:1',
    '::127.0.0.1',
    '::ffff:0:7f00:1',
    '::ffff:0:10.0.0.1',
    '::2',
    // NAT64, 6to4 and Teredo carry an IPv4 host of any kind: refused whole
    '64:ff9b::808:808',
    '64:ff9b:1::1',
    '2002:7f00:1::1',
    '2002:808:808::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '2001::1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('reads every IPv6 spelling into its eight groups', () => {
    expect(ipv6Groups('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(ipv6Groups('2001:db8::8:800:200c:417a')).toEqual([0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]);
    expect(ipv6Groups('fe80:0:0:0:0:0:0:1')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
  });

  it.each([
    ['https://h.example/', true],
    ['http://h.example/', true],
    ['https://h.example:80/', true],
    ['http://h.example:443/', true],
    ['https://h.example:1024/', true],
    ['https://h.example:8443/', true],
    ['https://h.example:22/', false],
    ['https://h.example:1/', false],
    ['https://h.example:1023/', false],
    ['http://h.example:0/', false],
  ] as const)('port rule: %s → %s', (url, allowed) => {
    expect(isAllowedTargetPort(new URL(url))).toBe(allowed);
  });

  it('refuses a host that is not an address', () => {
    expect(isPublicAddress('example.com')).toBe(false);
  });

  it('refuses localhost when private targets are not allowed, and allows it when they are', async () => {
    await expect(resolvePublicTarget('localhost', false)).rejects.toBeInstanceOf(BlockedTargetError);
    await expect(resolvePublicTarget('127.0.0.1', true)).resolves.toEqual({ address: '127.0.0.1', family: 4 });
  });

  it('checks numeric host forms once the URL parser normalised them', async () => {
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://017700000001/', 'http://[::ffff:127.0.0.1]/']) {
      await expect(resolvePublicTarget(new URL(url).hostname, false)).rejects.toBeInstanceOf(BlockedTargetError);
    }
  });
});
