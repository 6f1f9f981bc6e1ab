import { Injectable, Logger } from '@nestjs/common';
import { reencryptEndpoint, SecretCipher, WebhookEndpointRepository } from '@app/persistence';

const BATCH = 200;

export interface ReencryptionResult {
  active_key_id: string;
  reencrypted_endpoints: number;
  remaining: number;
}

/**
 * `secrets:reencrypt`: moves every stored endpoint secret and custom header value under the active
 * key (the first of ENCRYPTION_KEYS), a batch of locked rows per transaction, while the apps keep
 * running with the old keys still configured for reading. Safe to run again; it stops when no row is
 * left under another key.
 */
@Injectable()
export class SecretReencryptionService {
  private readonly logger = new Logger('SecretReencryption');

  constructor(
    private readonly cipher: SecretCipher,
    private readonly endpoints: WebhookEndpointRepository,
  ) {}

  async run(): Promise<ReencryptionResult> {
    let total = 0;
    for (;;) {
      const n = await this.endpoints.reencryptBatch(this.cipher.activePrefix, BATCH, (fields) => reencryptEndpoint(this.cipher, fields));
      total += n;
      if (n > 0) this.logger.log(`re-encrypted ${total} endpoints so far`);
      if (n < BATCH) break;
    }
    const remaining = await this.endpoints.countNotUnder(this.cipher.activePrefix);
    return { active_key_id: this.cipher.activeKeyId, reencrypted_endpoints: total, remaining };
  }
}
