import { Module } from '@nestjs/common';
import { SettingsPageController } from './settings-page.controller';
import { SettingsPageService } from './settings-page.service';

/** Settings → Webhooks: a static page over the public /v1 API (built by `npm run build:settings`). */
@Module({
  controllers: [SettingsPageController],
  providers: [SettingsPageService],
})
export class SettingsPageModule {}
