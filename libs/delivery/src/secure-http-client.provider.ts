import { Provider } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { SecureHttpClient } from './secure-http-client';

/** Nest provider of the process's one SecureHttpClient, configured from AppConfig. */
export const secureHttpClientProvider: Provider = {
  provide: SecureHttpClient,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => new SecureHttpClient({ timeoutMs: config.deliveryTimeoutMs, allowPrivateTargets: config.allowPrivateTargets }),
};
