import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import { PhoneNumberEntity } from '../entities';
import { textParam } from './text-param';

export interface PhoneNumberMapping {
  phoneNumberId: string;
  wabaId: string;
  /** Digits only. */
  displayPhoneNumber: string;
}

// 3 parameters a row; far below PostgreSQL's 65,535 per statement.
const UPSERT_CHUNK = 5000;

@Injectable()
export class PhoneNumberRepository {
  private readonly repo: Repository<PhoneNumberEntity>;
  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(PhoneNumberEntity);
  }

  /**
   * Inserts new numbers and updates those whose WABA or display number changed; rows already equal
   * are left alone (no write, no updated_at bump). One row per id: the last mapping given wins.
   */
  async upsertMany(mappings: PhoneNumberMapping[]): Promise<void> {
    const byId = new Map(mappings.map((m) => [m.phoneNumberId, m]));
    const rows = [...byId.values()].sort((a, b) => (a.phoneNumberId < b.phoneNumberId ? -1 : 1));
    for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
      const params: unknown[] = [];
      const tuples = rows.slice(start, start + UPSERT_CHUNK).map((m) => {
        const b = params.length;
        params.push(textParam(m.phoneNumberId), textParam(m.wabaId), m.displayPhoneNumber);
        return `($${b + 1}, $${b + 2}, $${b + 3})`;
      });
      await this.dataSource.query(
        `INSERT INTO phone_numbers (phone_number_id, waba_id, display_phone_number) VALUES ${tuples.join(', ')}
         ON CONFLICT (phone_number_id) DO UPDATE SET waba_id = EXCLUDED.waba_id, display_phone_number = EXCLUDED.display_phone_number, updated_at = now()
         WHERE phone_numbers.waba_id <> EXCLUDED.waba_id OR phone_numbers.display_phone_number <> EXCLUDED.display_phone_number`,
        params,
      );
    }
  }

  /** Numbers of these WABAs with one of these display numbers (digits only). */
  async findByDisplay(wabaIds: string[], displayPhoneNumbers: string[]): Promise<PhoneNumberMapping[]> {
    if (wabaIds.length === 0 || displayPhoneNumbers.length === 0) return [];
    const rows = await this.repo.find({ where: { wabaId: In(wabaIds), displayPhoneNumber: In(displayPhoneNumbers) }, order: { updatedAt: 'DESC' } });
    return rows.map(({ phoneNumberId, wabaId, displayPhoneNumber }) => ({ phoneNumberId, wabaId, displayPhoneNumber }));
  }

  listForWabas(wabaIds: string[]): Promise<PhoneNumberEntity[]> {
    if (wabaIds.length === 0) return Promise.resolve([]);
    return this.repo.find({ where: { wabaId: In(wabaIds) }, order: { phoneNumberId: 'ASC' } });
  }
}
