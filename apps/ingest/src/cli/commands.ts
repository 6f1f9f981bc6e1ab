import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@app/config';
import { migrate, PersistenceModule } from '@app/persistence';
import { ProvisioningService } from '../admin/provisioning.service';
import { WabaOwnerCache } from '../ingest-pipeline/waba-owner-cache.service';
import { DemoWorkspaceService } from './demo-workspace.service';

@Module({ imports: [ConfigModule, PersistenceModule], providers: [ProvisioningService, DemoWorkspaceService, WabaOwnerCache] })
class CliModule {}

/** One-shot commands of the ingest binary: `migrate` and `demo` (used by `npm start`). */
export async function runCommand(command: string, config: AppConfig): Promise<void> {
  switch (command) {
    case 'migrate': {
      const applied = await migrate(config.databaseUrl);
      process.stdout.write(applied.length ? `applied migrations: ${applied.join(', ')}\n` : 'schema up to date\n');
      return;
    }
    case 'demo': {
      const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
      try {
        const demo = await app.get(DemoWorkspaceService).ensure();
        process.stdout.write(JSON.stringify(demo) + '\n');
      } finally {
        await app.close();
      }
      return;
    }
    default:
      throw new Error(`unknown command "${command}" (known: migrate, demo)`);
  }
}
