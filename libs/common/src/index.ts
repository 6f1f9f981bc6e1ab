export * from './api-exception.filter';
export * from './domain.exception';
export * from './validation';
export * from './json-logger';
export * from './metrics/metrics.module';
export * from './pagination/keyset-cursor';
export * from './periodic-task';
export * from './group-commit-queue';
