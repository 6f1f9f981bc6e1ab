import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';
import { runMigrationsLocked } from './migrate';
import {
  ApiKeyRepository,
  BusinessPortfolioRepository,
  DeliveryLogRepository,
  DeliveryRepository,
  EventRepository,
  PhoneNumberRepository,
  RetentionRepository,
  UnhandledChangeRepository,
  WebhookEndpointRepository,
  WhatsappAccountRepository,
  WorkspaceRepository,
} from './repositories';

const REPOSITORIES = [
  ApiKeyRepository,
  BusinessPortfolioRepository,
  DeliveryLogRepository,
  DeliveryRepository,
  EventRepository,
  PhoneNumberRepository,
  RetentionRepository,
  UnhandledChangeRepository,
  WebhookEndpointRepository,
  WhatsappAccountRepository,
  WorkspaceRepository,
];

/** The database connection (created if missing, migrated at boot unless RUN_MIGRATIONS=false) and repositories. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        await ensureDatabase(config.databaseUrl);
        return { ...dataSourceOptions(config.databaseUrl), runMigrationsAtBoot: config.runMigrations } as never;
      },
      dataSourceFactory: async (options) => {
        const { runMigrationsAtBoot, ...rest } = options as typeof options & { runMigrationsAtBoot: boolean };
        const ds = await new DataSource(rest as typeof options & object).initialize();
        const logger = new Logger('Persistence');
        if (runMigrationsAtBoot) {
          const applied = await runMigrationsLocked(ds);
          logger.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema up to date');
        }
        return ds;
      },
    }),
  ],
  providers: REPOSITORIES,
  exports: REPOSITORIES,
})
export class PersistenceModule {}
