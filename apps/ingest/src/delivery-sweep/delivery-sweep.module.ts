import { Module } from '@nestjs/common';
import { DeliverySweeper } from './delivery-sweeper.service';

/** Re-publishes pending deliveries whose message was lost; settles those of deleted endpoints. */
@Module({
  providers: [DeliverySweeper],
})
export class DeliverySweepModule {}
