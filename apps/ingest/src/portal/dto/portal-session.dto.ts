import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/** Shortest sign-in worth issuing: enough to load the page. */
export const MIN_PORTAL_SESSION_SECONDS = 60;
export const DEFAULT_PORTAL_SESSION_SECONDS = 3600;
/** Upper bound of the field itself; PORTAL_SESSION_MAX_TTL may lower it further. */
const FIELD_MAX_SECONDS = 30 * 86_400;

export class CreatePortalSessionDto {
  @ApiPropertyOptional({
    description: `Lifetime of the URL in seconds (default ${DEFAULT_PORTAL_SESSION_SECONDS}); at most PORTAL_SESSION_MAX_TTL (24 h unless configured).`,
    example: 900,
    minimum: MIN_PORTAL_SESSION_SECONDS,
    maximum: FIELD_MAX_SECONDS,
    default: DEFAULT_PORTAL_SESSION_SECONDS,
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_PORTAL_SESSION_SECONDS)
  @Max(FIELD_MAX_SECONDS)
  expires_in_seconds?: number;

  @ApiPropertyOptional({ description: 'When true the page can look but not change anything: every write answers 403.', example: false, default: false })
  @IsOptional()
  @IsBoolean()
  read_only?: boolean;
}

export class PortalSessionDto {
  @ApiProperty({ description: 'Id to revoke the sign-in by', example: '3c9d6c55-1f0e-4d8a-9b62-7a3b2f1e0c44' })
  id: string;

  @ApiProperty({ description: 'First characters of the token', example: 'wp_Q2hw4k' })
  prefix: string;

  @ApiProperty({ description: 'Writes answer 403', example: false })
  read_only: boolean;

  @ApiProperty({ example: '2026-05-12T16:10:17.000Z' })
  created_at: string;

  @ApiProperty({ example: '2026-05-12T17:10:17.000Z' })
  expires_at: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  revoked_at: string | null;
}

export class CreatedPortalSessionDto extends PortalSessionDto {
  @ApiProperty({
    description:
      'Opens the settings page signed in to this workspace. The token is in the fragment, so browsers never send it to a server; shown once, only its hash is stored.',
    example: 'https://webhooks.example.com/settings/webhooks#portal=wp_Q2hw4kX9e1bN7sV0cZt3yL8mR5aJ2uP6dF4gH1kW0qE',
  })
  url: string;
}
