export * from './endpoint-secrets';
export * from './secret-cipher';
