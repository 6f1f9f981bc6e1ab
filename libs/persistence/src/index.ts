export * from './data-source-options';
export * from './encryption';
export * from './ensure-database';
export * from './entities';
export * from './migrate';
export { daysBefore, DEDUPE_WINDOW_DAYS, eventDayOf } from './partitions/history-partitions';
export * from './persistence.module';
export * from './repositories';
