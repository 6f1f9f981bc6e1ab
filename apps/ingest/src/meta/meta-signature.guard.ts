import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DomainException, ErrorCode } from '@app/common';
import { isValidMetaSignature } from './meta-signature';

/** Checks X-Hub-Signature-256 over the raw request bytes before anything is parsed or stored. */
@Injectable()
export class MetaSignatureGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<{ rawBody?: Buffer; headers: Record<string, string | undefined> }>();
    const raw = req.rawBody ?? Buffer.alloc(0);
    if (!isValidMetaSignature(raw, req.headers['x-hub-signature-256'], this.config.metaAppSecret)) {
      throw new DomainException(ErrorCode.InvalidSignature, 'X-Hub-Signature-256 is missing or does not match the body');
    }
    return true;
  }
}
