import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@app/config';
import { migrate, PersistenceModule, SecretCipher } from '@app/persistence';
import { ProvisioningService } from '../admin/provisioning.service';
import { WabaOwnerCache } from '../ingest-pipeline/waba-owner-cache.service';
import { DemoWorkspaceService } from './demo-workspace.service';
import { SecretReencryptionService } from './secret-reencryption.service';

@Module({ imports: [ConfigModule, PersistenceModule], providers: [ProvisioningService, DemoWorkspaceService, WabaOwnerCache, SecretReencryptionService] })
class CliModule {}

/** One-shot commands of the ingest binary: `migrate` and `demo` (used by `npm start`), `reencrypt-secrets` (key rotation). */
export async function runCommand(command: string, config: AppConfig): Promise<void> {
  switch (command) {
    case 'migrate': {
      const applied = await migrate(config.databaseUrl, new SecretCipher(config.encryptionKeys));
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
    case 'reencrypt-secrets': {
      const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn', 'log'] });
      try {
        const result = await app.get(SecretReencryptionService).run();
        process.stdout.write(JSON.stringify(result) + '\n');
        if (result.remaining > 0) {
          throw new Error(`${result.remaining} endpoints are still under another key (an app with an older ENCRYPTION_KEYS wrote them?); run again`);
        }
      } finally {
        await app.close();
      }
      return;
    }
    default:
      throw new Error(`unknown command "${command}" (known: migrate, demo, reencrypt-secrets)`);
  }
}
