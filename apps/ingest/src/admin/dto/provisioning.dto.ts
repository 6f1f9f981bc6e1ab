import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PhoneNumberDto, PhoneNumberInputDto } from './phone-number.dto';

export class CreateWorkspaceDto {
  @ApiPropertyOptional({ description: 'Display name of the workspace', example: 'Acme Marketing', minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class WorkspaceCreatedDto {
  @ApiProperty({ description: 'Workspace id', format: 'uuid', example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' })
  id: string;

  @ApiProperty({ description: 'Display name', example: 'Acme Marketing' })
  name: string;

  @ApiProperty({
    description: 'API key for the public API: an opaque `wk_` string. Shown once; only its hash is stored.',
    pattern: '^wk_',
    example: 'wk_Vb3o2kq1n8sQ3hT0y9zA7cPq4LmN2xRe',
  })
  api_key: string;

  @ApiProperty({ description: 'Prefix identifying the key in lists', example: 'wk_Vb3o2k' })
  api_key_prefix: string;
}

export class LinkWhatsappAccountDto {
  @ApiProperty({ description: 'WhatsApp Business Account id (entry.id in Meta webhooks)', example: '102290129340398' })
  @IsString()
  @Matches(/^\d{5,32}$/, { message: 'waba_id must be the numeric WhatsApp Business Account id' })
  waba_id: string;

  @ApiPropertyOptional({
    description:
      "The WABA's business numbers: lets events that name a number only by its display form (phone_number_*, security) reach endpoints filtered by phone_number_ids. Learnt from messages webhooks otherwise.",
    type: PhoneNumberInputDto,
    isArray: true,
    example: [{ phone_number_id: '117263540981001', display_phone_number: '+1 555-010-0100' }],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PhoneNumberInputDto)
  phone_numbers?: PhoneNumberInputDto[];
}

export class WhatsappAccountDto {
  @ApiProperty({ description: 'WhatsApp Business Account id', example: '102290129340398' })
  waba_id: string;

  @ApiProperty({ format: 'uuid', example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' })
  workspace_id: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  created_at: string;

  @ApiProperty({ description: "The WABA's numbers in the phone-number directory", type: PhoneNumberDto, isArray: true })
  phone_numbers: PhoneNumberDto[];
}

export class IssueApiKeyDto {
  @ApiPropertyOptional({ description: 'Label to recognise the key by', example: 'CRM integration', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  label?: string;
}

export class ApiKeyDto {
  @ApiProperty({ description: 'API key id', format: 'uuid', example: '9a4f3b0e-61f2-4a57-bb4e-0f6c6f1d2e3a' })
  id: string;

  @ApiProperty({ description: 'First characters of the key', example: 'wk_Vb3o2k' })
  prefix: string;

  @ApiProperty({ example: 'CRM integration' })
  label: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  created_at: string;

  @ApiProperty({ description: 'When the key was revoked; null while it is valid', nullable: true, type: String, format: 'date-time', example: null })
  revoked_at: string | null;
}

export class IssuedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    description: 'The key itself: an opaque `wk_` string. Shown once; only its hash is stored.',
    pattern: '^wk_',
    example: 'wk_Vb3o2kq1n8sQ3hT0y9zA7cPq4LmN2xRe',
  })
  api_key: string;
}
