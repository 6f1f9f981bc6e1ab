import { randomUUID } from 'node:crypto';
import { rendezvousOwner } from './rendezvous-owner';

const endpoints = Array.from({ length: 6_000 }, () => randomUUID());
const replicas = [randomUUID(), randomUUID(), randomUUID()];

function owners(members: string[]): Map<string, string> {
  return new Map(endpoints.map((e) => [e, rendezvousOwner(e, members)!]));
}

describe('rendezvousOwner', () => {
  it('is deterministic and does not depend on the order of the member list', () => {
    const a = owners(replicas);
    const b = owners([...replicas].reverse());
    expect([...a.entries()].every(([e, o]) => b.get(e) === o)).toBe(true);
  });

  it('has no owner without members, and the only member owns everything', () => {
    expect(rendezvousOwner(endpoints[0], [])).toBeNull();
    expect(new Set(owners([replicas[0]]).values())).toEqual(new Set([replicas[0]]));
  });

  it('spreads endpoints evenly over the replicas', () => {
    const counts = new Map<string, number>();
    for (const o of owners(replicas).values()) counts.set(o, (counts.get(o) ?? 0) + 1);
    expect(counts.size).toBe(3);
    for (const n of counts.values()) expect(Math.abs(n - 2_000)).toBeLessThan(250);
  });

  it('moves only the leaving replica’s endpoints when one dies', () => {
    const before = owners(replicas);
    const after = owners(replicas.slice(0, 2));
    const moved = endpoints.filter((e) => before.get(e) !== after.get(e));
    expect(moved.every((e) => before.get(e) === replicas[2])).toBe(true);
    expect(moved.length).toBe(endpoints.filter((e) => before.get(e) === replicas[2]).length);
  });

  it('moves about 1/n of the endpoints, all to the joining replica, when one joins', () => {
    const before = owners(replicas);
    const joining = randomUUID();
    const after = owners([...replicas, joining]);
    const moved = endpoints.filter((e) => before.get(e) !== after.get(e));
    expect(moved.every((e) => after.get(e) === joining)).toBe(true);
    expect(Math.abs(moved.length / endpoints.length - 0.25)).toBeLessThan(0.04);
  });
});
