import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Links a WhatsApp Business Account id (entry.id in Meta's webhooks) to the workspace that owns it. */
@Entity({ name: 'whatsapp_accounts' })
export class WhatsappAccountEntity {
  @PrimaryColumn({ name: 'waba_id', type: 'text' })
  wabaId: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
