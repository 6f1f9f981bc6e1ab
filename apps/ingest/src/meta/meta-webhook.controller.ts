import { Body, Controller, Get, Header, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MetaWebhookBody } from '@app/events';
import { MetaIngestService } from './meta-ingest.service';
import { MetaSignatureGuard } from './meta-signature.guard';
import { MetaVerificationService } from './meta-verification.service';

/** Meta's callback URL: the verification handshake and the signed change notifications. */
@ApiExcludeController()
@Controller('meta/webhook')
export class MetaWebhookController {
  constructor(
    private readonly verification: MetaVerificationService,
    private readonly ingest: MetaIngestService,
  ) {}

  @Get()
  @Header('content-type', 'text/plain')
  verify(@Query() query: Record<string, string | string[] | undefined>): string {
    return this.verification.answer(query);
  }

  @Post()
  @HttpCode(200)
  @UseGuards(MetaSignatureGuard)
  receive(@Body() body: MetaWebhookBody) {
    return this.ingest.ingest(this.verification.assertShape(body));
  }
}
