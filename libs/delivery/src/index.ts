export * from './webhook-signer';
export * from './delivery-id';
export * from './target-address.policy';
export * from './secure-http-client';
export * from './retry-policy';
export * from './delivery-request';
export * from './secure-http-client.provider';
export * from './attempt-record';
