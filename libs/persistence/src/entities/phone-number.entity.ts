import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Phone-number directory: which business number id has which display number, under which WABA.
 * Management webhooks (phone_number_*, security, alerts) name a number only by its display form;
 * this maps it back to the id endpoints filter on.
 */
@Entity({ name: 'phone_numbers' })
export class PhoneNumberEntity {
  @PrimaryColumn({ name: 'phone_number_id', type: 'text' })
  phoneNumberId: string;

  @Column({ name: 'waba_id', type: 'text' })
  wabaId: string;

  /** Digits only ("+1 555-0100" → "15550100"), so every spelling Meta uses matches. */
  @Column({ name: 'display_phone_number', type: 'text' })
  displayPhoneNumber: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
