import { Module } from '@nestjs/common';
import { AdminTokenGuard } from './admin-token.guard';
import { ApiKeyGuard } from './api-key.guard';

/** Who is calling: the workspace API key of `/v1` and the admin token of `/admin/v1`. */
@Module({
  providers: [AdminTokenGuard, ApiKeyGuard],
  exports: [AdminTokenGuard, ApiKeyGuard],
})
export class AuthModule {}
