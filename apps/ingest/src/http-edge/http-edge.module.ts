import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { HttpEdge } from './http-edge.service';

/** Body parsing for every route: authentication first, per-route limits, Meta's bytes verified before parsing. */
@Module({
  imports: [AuthModule],
  providers: [HttpEdge],
  exports: [HttpEdge],
})
export class HttpEdgeModule {}
