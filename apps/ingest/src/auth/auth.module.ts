import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AdminTokenGuard } from './admin-token.guard';
import { ApiKeyGuard } from './api-key.guard';
import { RequestAuthenticator } from './request-authenticator.service';

/** Who is calling: the workspace API key of `/v1` and the admin token of `/admin/v1`, checked from headers. */
@Module({
  imports: [RateLimitModule],
  providers: [RequestAuthenticator, AdminTokenGuard, ApiKeyGuard],
  exports: [RequestAuthenticator, AdminTokenGuard, ApiKeyGuard],
})
export class AuthModule {}
