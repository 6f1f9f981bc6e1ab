import { BlockedTargetError, isPublicAddress, resolvePublicTarget } from './target-address.policy';

describe('target address policy', () => {
  it.each([
    '10.1.2.3', '127.0.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', 'ff02::1', '64:ff9b::a00:1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
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
