import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Links a Meta business portfolio id to the workspace that owns it. Partner webhooks
 * (partner_solutions, account_update PARTNER_*) carry the portfolio id in entry.id, not a WABA id.
 */
@Entity({ name: 'business_portfolios' })
export class BusinessPortfolioEntity {
  @PrimaryColumn({ name: 'business_id', type: 'text' })
  businessId: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
