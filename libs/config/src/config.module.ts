import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';

/** Provides the AppConfig validated at boot. A bad value stops the app before any module starts. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => AppConfig.fromProcessEnv() }],
  exports: [AppConfig],
})
export class ConfigModule {}
