export * from './api-key.repository';
export * from './delivery.repository';
export * from './event.repository';
export * from './unhandled-change.repository';
export * from './webhook-endpoint.repository';
export * from './whatsapp-account.repository';
export * from './workspace.repository';
