import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IngestPipelineModule } from '../ingest-pipeline/ingest-pipeline.module';
import { BusinessPortfolioService } from './business-portfolio.service';
import { BusinessPortfoliosController } from './business-portfolios.controller';
import { ProvisioningController } from './provisioning.controller';
import { ProvisioningService } from './provisioning.service';

/** `/admin/v1`: workspaces, API keys, WABA and business-portfolio links (what the platform's backend calls). */
@Module({
  imports: [AuthModule, IngestPipelineModule],
  controllers: [ProvisioningController, BusinessPortfoliosController],
  providers: [ProvisioningService, BusinessPortfolioService],
  exports: [ProvisioningService],
})
export class ProvisioningModule {}
