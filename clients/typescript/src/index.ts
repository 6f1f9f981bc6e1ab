export { createClient } from './client';
export type { ApiError, ApiResult, Client, ClientOptions, PathsWith, SuccessBody } from './client';
export { verifyWebhook } from './verify-webhook';
export type { DeliveryHeaders, WebhookEvent, WebhookEventOf } from './verify-webhook';
export type { components, operations, paths } from './schema';
