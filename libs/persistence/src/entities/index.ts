import { ApiKeyEntity } from './api-key.entity';
import { BusinessPortfolioEntity } from './business-portfolio.entity';
import { DeliveryAttemptEntity } from './delivery-attempt.entity';
import { DeliveryEntity } from './delivery.entity';
import { EventEntity } from './event.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { PhoneNumberEntity } from './phone-number.entity';
import { PortalSessionEntity } from './portal-session.entity';
import { UnhandledChangeEntity } from './unhandled-change.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WhatsappAccountEntity } from './whatsapp-account.entity';
import { WorkspaceEntity } from './workspace.entity';

export * from './api-key.entity';
export * from './business-portfolio.entity';
export * from './delivery-attempt.entity';
export * from './delivery.entity';
export * from './event.entity';
export * from './idempotency-key.entity';
export * from './phone-number.entity';
export * from './portal-session.entity';
export * from './unhandled-change.entity';
export * from './webhook-endpoint.entity';
export * from './whatsapp-account.entity';
export * from './workspace.entity';

export const ENTITIES = [
  WorkspaceEntity,
  ApiKeyEntity,
  WhatsappAccountEntity,
  BusinessPortfolioEntity,
  PhoneNumberEntity,
  WebhookEndpointEntity,
  EventEntity,
  UnhandledChangeEntity,
  DeliveryEntity,
  DeliveryAttemptEntity,
  IdempotencyKeyEntity,
  PortalSessionEntity,
];
