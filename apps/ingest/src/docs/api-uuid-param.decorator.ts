import { ApiParam } from '@nestjs/swagger';

/** A path id checked by ParseUUIDPipe: the document says uuid, so a client's generator can say it too. */
export function ApiUuidParam(name: string, description: string) {
  return ApiParam({ name, description, schema: { type: 'string', format: 'uuid', example: '5f0c6a1e-2f43-4c53-9d4c-2b2f8e0c1a11' } });
}
