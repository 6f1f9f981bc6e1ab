import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UnhandledChangesController } from './unhandled-changes.controller';
import { UnhandledChangesService } from './unhandled-changes.service';

/** `/admin/v1/unhandled-changes`: what Meta sent that did not become a typed event, for operators. */
@Module({
  imports: [AuthModule],
  controllers: [UnhandledChangesController],
  providers: [UnhandledChangesService],
})
export class UnhandledChangesModule {}
