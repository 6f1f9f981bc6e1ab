export * from './data-source-options';
export * from './encryption';
export * from './ensure-database';
export * from './entities';
export * from './migrate';
export * from './persistence.module';
export * from './repositories';
