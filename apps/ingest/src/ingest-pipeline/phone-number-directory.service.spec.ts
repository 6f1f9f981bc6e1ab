import { Logger } from '@nestjs/common';
import { PhoneNumberMapping, PhoneNumberRepository } from '@app/persistence';
import { normaliseDisplayNumber, PhoneNumberDirectory } from './phone-number-directory.service';

describe('normaliseDisplayNumber', () => {
  it('keeps digits only, whatever the spelling', () => {
    expect(normaliseDisplayNumber('+1 (555) 010-0001')).toBe('15550100001');
    expect(normaliseDisplayNumber('15550100001')).toBe('15550100001');
    expect(normaliseDisplayNumber('+55 11 9.8765-4321')).toBe('5511987654321');
  });

  it('is undefined without a digit', () => {
    expect(normaliseDisplayNumber('')).toBeUndefined();
    expect(normaliseDisplayNumber('+ ( )')).toBeUndefined();
    expect(normaliseDisplayNumber(undefined)).toBeUndefined();
    expect(normaliseDisplayNumber(null)).toBeUndefined();
  });
});

/** The repository as an in-memory table, counting writes and reads. */
class FakeNumbers {
  rows = new Map<string, PhoneNumberMapping>();
  writes: PhoneNumberMapping[][] = [];
  reads = 0;
  fail = false;
  async upsertMany(mappings: PhoneNumberMapping[]): Promise<void> {
    if (this.fail) throw new Error('db down');
    this.writes.push(mappings);
    for (const m of mappings) this.rows.set(m.phoneNumberId, m);
  }
  async findByDisplay(wabaIds: string[], displays: string[]): Promise<PhoneNumberMapping[]> {
    this.reads++;
    return [...this.rows.values()].filter((m) => wabaIds.includes(m.wabaId) && displays.includes(m.displayPhoneNumber));
  }
}

describe('PhoneNumberDirectory', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));

  const mapping = { phoneNumberId: '117263540981001', wabaId: 'waba-1', displayPhoneNumber: '15550100001' };
  let repo: FakeNumbers;
  let directory: PhoneNumberDirectory;
  beforeEach(() => {
    repo = new FakeNumbers();
    directory = new PhoneNumberDirectory(repo as unknown as PhoneNumberRepository);
  });

  it('writes a mapping once, and again only when it changes', async () => {
    await directory.learn([mapping, mapping]);
    await directory.learn([mapping]);
    expect(repo.writes).toEqual([[mapping]]);
    await directory.learn([{ ...mapping, displayPhoneNumber: '15550100002' }]);
    expect(repo.writes).toHaveLength(2);
  });

  it('resolves a learnt number at once, without a read', async () => {
    await directory.learn([mapping]);
    const lookup = await directory.resolve([{ wabaId: 'waba-1', displayPhoneNumber: '15550100001' }]);
    expect(lookup('waba-1', '15550100001')).toBe('117263540981001');
    expect(lookup('waba-2', '15550100001')).toBeUndefined();
    expect(repo.reads).toBe(0);
  });

  it('reads a number it has not seen from the database once, and remembers a miss for a while', async () => {
    repo.rows.set(mapping.phoneNumberId, mapping);
    expect((await directory.resolve([{ wabaId: 'waba-1', displayPhoneNumber: '15550100001' }]))('waba-1', '15550100001')).toBe('117263540981001');
    await directory.resolve([{ wabaId: 'waba-1', displayPhoneNumber: '15550100001' }]);
    expect(repo.reads).toBe(1);
    expect((await directory.resolve([{ wabaId: 'waba-1', displayPhoneNumber: '19990000000' }]))('waba-1', '19990000000')).toBeUndefined();
    await directory.resolve([{ wabaId: 'waba-1', displayPhoneNumber: '19990000000' }]);
    expect(repo.reads).toBe(2);
  });

  it('never rejects when the write fails, and writes again on the next event', async () => {
    repo.fail = true;
    await expect(directory.learn([mapping])).resolves.toBeUndefined();
    repo.fail = false;
    await directory.learn([mapping]);
    expect(repo.writes).toEqual([[mapping]]);
  });
});
