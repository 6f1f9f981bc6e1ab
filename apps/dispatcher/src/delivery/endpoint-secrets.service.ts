import { Injectable } from '@nestjs/common';
import { OpenedEndpoint, openEndpoint, SecretCipher, WebhookEndpointEntity } from '@app/persistence';

/**
 * Decrypted signing secrets and custom headers of the endpoints this replica consumes, kept in
 * memory only. Keyed by the loaded entity: a refresh loads a new entity, so a rotated secret or
 * changed header is read again, and a dropped entity takes its plaintext with it.
 */
@Injectable()
export class EndpointSecrets {
  private readonly opened = new WeakMap<WebhookEndpointEntity, OpenedEndpoint>();

  constructor(private readonly cipher: SecretCipher) {}

  /** Throws SecretDecryptionError when a value is under a key ENCRYPTION_KEYS does not have, or was altered. */
  open(endpoint: WebhookEndpointEntity): OpenedEndpoint {
    let target = this.opened.get(endpoint);
    if (!target) {
      target = openEndpoint(this.cipher, endpoint);
      this.opened.set(endpoint, target);
    }
    return target;
  }
}
