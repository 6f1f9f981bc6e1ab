export * from './webhook-signer';
export * from './delivery-id';
export * from './target-address.policy';
