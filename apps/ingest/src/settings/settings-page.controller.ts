import { Controller, Get, Param, Redirect, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SettingsAsset } from './settings-assets';
import { SettingsPageService } from './settings-page.service';

function send(reply: FastifyReply, headers: Record<string, string>, asset: SettingsAsset): Buffer {
  reply.headers({ ...headers, 'content-type': asset.contentType, 'cache-control': asset.cacheControl });
  return asset.body;
}

/** The customer-facing settings page: HTML shell at /settings/webhooks, hashed assets under /settings/assets. */
@ApiExcludeController()
@Controller('settings')
export class SettingsPageController {
  constructor(private readonly page: SettingsPageService) {}

  @Get()
  @Redirect('/settings/webhooks', 302)
  root(): void {}

  @Get('webhooks')
  webhooks(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    return send(reply, this.page.headers, this.page.index());
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Buffer {
    return send(reply, this.page.headers, this.page.asset(name));
  }
}
