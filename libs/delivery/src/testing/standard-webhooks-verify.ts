import { createPublicKey, verify } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** DER prefix of an SPKI Ed25519 public key (RFC 8410): the raw 32-byte key follows. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const TOLERANCE_SECONDS = 5 * 60;

/**
 * Verifies a delivery as a customer would. "whsec_" secrets go through the official `standardwebhooks`
 * package. That package (1.1.x) verifies only "v1" (it skips every other version), so "whpk_" public
 * keys are checked here with node:crypto exactly as the Standard Webhooks specification describes
 * ("Signature scheme": Ed25519 over "{msg_id}.{timestamp}.{payload}", identifier "v1a", the key
 * serialised as "whpk_" + base64; "Webhook headers": space-delimited signatures, any one may match).
 * Returns the parsed body; throws when no signature matches or the timestamp is out of tolerance.
 */
export function verifyStandardWebhook(key: string, body: string | Buffer, headers: Record<string, string | string[] | undefined>): unknown {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(',') : v]));
  const payload = typeof body === 'string' ? body : body.toString('utf8');
  if (key.startsWith('whsec_')) return new Webhook(key).verify(payload, h as Record<string, string>);
  if (!key.startsWith('whpk_')) throw new Error('expected a whsec_ secret or a whpk_ public key');
  const id = h['webhook-id'];
  const ts = h['webhook-timestamp'];
  const signatures = h['webhook-signature'];
  if (!id || !ts || !signatures) throw new Error('Missing required headers');
  if (Math.abs(Date.now() / 1000 - Number(ts)) > TOLERANCE_SECONDS) throw new Error('Message timestamp out of tolerance');
  const publicKey = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(key.slice(5), 'base64')]), format: 'der', type: 'spki' });
  const content = Buffer.from(`${id}.${ts}.${payload}`);
  for (const versioned of signatures.split(' ')) {
    const [version, signature] = versioned.split(',');
    if (version === 'v1a' && signature && verify(null, content, publicKey, Buffer.from(signature, 'base64'))) return JSON.parse(payload);
  }
  throw new Error('No matching signature found');
}
