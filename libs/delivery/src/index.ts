export * from './webhook-signer';
export * from './delivery-id';
