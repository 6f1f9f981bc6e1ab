import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PortalSessionService } from './portal-session.service';
import { PortalSessionsController } from './portal-sessions.controller';

/** `/admin/v1/workspaces/{id}/portal-sessions`: settings-page URLs the platform embeds, signed in without an API key. */
@Module({
  imports: [AuthModule],
  controllers: [PortalSessionsController],
  providers: [PortalSessionService],
})
export class PortalModule {}
