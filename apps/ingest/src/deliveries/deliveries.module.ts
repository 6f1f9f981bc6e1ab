import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DeliveriesController } from './deliveries.controller';
import { DeliveryLogService } from './delivery-log.service';

/** The delivery log of an endpoint, resend and recover. */
@Module({
  imports: [AuthModule],
  controllers: [DeliveriesController],
  providers: [DeliveryLogService],
})
export class DeliveriesModule {}
