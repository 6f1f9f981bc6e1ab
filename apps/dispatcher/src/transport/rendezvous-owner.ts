/**
 * Rendezvous (highest-random-weight) hashing: each endpoint belongs to the replica whose hash of
 * (endpoint id, replica id) is highest. Every replica computes the same owner from the same member list,
 * with no coordination, and a replica joining or leaving moves only the endpoints it wins or held
 * (about 1/n of them); the rest stay where they are.
 */
export function rendezvousOwner(endpointId: string, replicas: readonly string[]): string | null {
  let best: string | null = null;
  let bestWeight = -1;
  const seed = fnv1a(endpointId, FNV_OFFSET);
  for (const replica of replicas) {
    const weight = fmix32(fnv1a(replica, fnv1a('\u0000', seed)));
    // Ties (rare) go to the smaller id, so the answer never depends on the list's order.
    if (weight > bestWeight || (weight === bestWeight && best !== null && replica < best)) {
      best = replica;
      bestWeight = weight;
    }
  }
  return best;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, continuing from `hash`: cheap enough for 50,000 endpoints × every replica. */
function fnv1a(text: string, hash: number): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: FNV alone spreads ids that differ in their last characters poorly. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
