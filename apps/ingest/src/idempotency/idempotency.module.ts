import { Global, Module } from '@nestjs/common';
import { IdempotencyService } from './idempotency.service';

/**
 * `Idempotency-Key` on the management API's POSTs: routes opt in with @Idempotent(), which applies the
 * interceptor to them alone. Global, so the interceptor finds its service from any controller's module.
 */
@Global()
@Module({
  providers: [IdempotencyService],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
