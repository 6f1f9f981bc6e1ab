import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';

export class CreateWebhookDto {
  @ApiProperty({ description: 'Where deliveries are POSTed: an absolute https URL', example: 'https://crm.example.com/hooks/whatsapp', maxLength: 2048 })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({
    description: 'Event types to receive: exact names from GET /v1/event-types, "<category>.*" or "*"',
    example: ['template.status_updated', 'account.updated'],
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  events: string[];
}

export class WebhookCreatedDto {
  @ApiProperty({ example: '3b0d8a52-8a4c-4d55-9d8e-6f0a4c1b2e7d' })
  id: string;

  @ApiProperty({ example: 'https://crm.example.com/hooks/whatsapp' })
  url: string;

  @ApiProperty({ example: ['template.status_updated', 'account.updated'], type: [String] })
  events: string[];

  @ApiProperty({ description: 'Signing secret (Standard Webhooks). Shown on create and on rotate only.', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwq1n8sQ3hT0y9' })
  secret: string;

  @ApiProperty({ example: '2026-05-12T16:10:17.000Z' })
  created_at: string;
}
