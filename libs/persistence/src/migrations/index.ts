import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { DeliveryLogIndexes1764500000000 } from './1764500000000-delivery-log-indexes';
import { EndpointReenabledAt1764500000001 } from './1764500000001-endpoint-reenabled-at';
import { EnvelopeAsJson1764500000002 } from './1764500000002-envelope-as-json';
import { UnhandledDedupKey1764500000003 } from './1764500000003-unhandled-dedup-key';
import { PartnerRoutingPhoneDirectory1764600000001 } from './1764600000001-partner-routing-phone-directory';
import { EndpointSensitiveHeaders1764700000000 } from './1764700000000-endpoint-sensitive-headers';
import { IdempotencyKeys1764800000000 } from './1764800000000-idempotency-keys';
import { EndpointPayloadOptions1764900000001 } from './1764900000001-endpoint-payload-options';
import { EndpointRateLimit1765000000010 } from './1765000000010-endpoint-rate-limit';
import { PortalSessions1765100000001 } from './1765100000001-portal-sessions';
import { PartitionedHistory1765200000000 } from './1765200000000-partitioned-history';
import { DeliverySweep1765200000001 } from './1765200000001-delivery-sweep';
import { EndpointChangeFeed1765200000040 } from './1765200000040-endpoint-change-feed';
import { EndpointUpdatedAtTrigger1765200000041 } from './1765200000041-endpoint-updated-at-trigger';
import { DispatcherReplicas1765300000000 } from './1765300000000-dispatcher-replicas';
import { EventDedupeByDay1765300000010 } from './1765300000010-event-dedupe-by-day';
import { SecretCipher } from '../encryption/secret-cipher';
import { encryptEndpointSecretsMigration } from './1764700000001-encrypt-endpoint-secrets';

/** Every migration, in order. Listed explicitly so bundled builds need no file globbing. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialSchema1764100000000,
  DeliveryLogIndexes1764500000000,
  EndpointReenabledAt1764500000001,
  EnvelopeAsJson1764500000002,
  UnhandledDedupKey1764500000003,
  PartnerRoutingPhoneDirectory1764600000001,
  EndpointSensitiveHeaders1764700000000,
  IdempotencyKeys1764800000000,
  EndpointPayloadOptions1764900000001,
  EndpointRateLimit1765000000010,
  PortalSessions1765100000001,
  PartitionedHistory1765200000000,
  DeliverySweep1765200000001,
  EndpointChangeFeed1765200000040,
  EndpointUpdatedAtTrigger1765200000041,
  DispatcherReplicas1765300000000,
  EventDedupeByDay1765300000010,
];

/** Every migration, including those that need the encryption key (TypeORM orders them by timestamp). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function migrationsWith(cipher: SecretCipher): Function[] {
  return [...MIGRATIONS, encryptEndpointSecretsMigration(cipher)];
}
