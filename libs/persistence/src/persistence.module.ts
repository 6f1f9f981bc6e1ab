import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { SecretCipher } from './encryption/secret-cipher';
import { ensureDatabase } from './ensure-database';
import { runMigrationsLocked } from './migrate';
import {
  ApiKeyRepository,
  BusinessPortfolioRepository,
  DeliveryLogRepository,
  DeliveryRepository,
  DeliverySweepRepository,
  DispatcherReplicaRepository,
  EndpointRateBudgetRepository,
  EventRepository,
  HistoryPartitionRepository,
  IdempotencyKeyRepository,
  PhoneNumberRepository,
  PortalSessionRepository,
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
  DeliverySweepRepository,
  DispatcherReplicaRepository,
  EndpointRateBudgetRepository,
  EventRepository,
  HistoryPartitionRepository,
  IdempotencyKeyRepository,
  PhoneNumberRepository,
  PortalSessionRepository,
  RetentionRepository,
  UnhandledChangeRepository,
  WebhookEndpointRepository,
  WhatsappAccountRepository,
  WorkspaceRepository,
];

/** The database connection (created if missing, migrated at boot unless RUN_MIGRATIONS=false), repositories and the cipher of secrets at rest. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        await ensureDatabase(config.databaseUrl);
        const cipher = new SecretCipher(config.encryptionKeys);
        return { ...dataSourceOptions(config.databaseUrl, cipher), runMigrationsAtBoot: config.runMigrations } as never;
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
  providers: [...REPOSITORIES, { provide: SecretCipher, inject: [AppConfig], useFactory: (c: AppConfig) => new SecretCipher(c.encryptionKeys) }],
  exports: [...REPOSITORIES, SecretCipher],
})
export class PersistenceModule {}
