import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@app/common';

/** Set by the JSON body parser once X-Hub-Signature-256 matched the raw bytes, before they were parsed. */
export interface MetaSignedRequest {
  metaSignatureVerified?: boolean;
}

/**
 * The signature itself is checked over the raw bytes before parsing (see HttpEdge); this guard refuses
 * any POST that reached the handler without that check (no body, another content type).
 */
@Injectable()
export class MetaSignatureGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.switchToHttp().getRequest<MetaSignedRequest>().metaSignatureVerified !== true) {
      throw new DomainException(ErrorCode.InvalidSignature, 'X-Hub-Signature-256 is missing or does not match the body');
    }
    return true;
  }
}
