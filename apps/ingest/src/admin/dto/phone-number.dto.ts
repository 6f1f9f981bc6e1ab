import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class PhoneNumberInputDto {
  @ApiProperty({ description: 'Business phone number id (metadata.phone_number_id in Meta webhooks)', example: '117263540981001' })
  @IsString()
  @Matches(/^\d{1,32}$/, { message: 'phone_number_id must be the numeric phone number id' })
  phone_number_id: string;

  @ApiProperty({ description: 'The number as displayed; any spelling, stored as digits only', example: '+1 555-010-0100' })
  @IsString()
  @Matches(/^(?=.*\d)[\d\s+().-]{1,40}$/, { message: 'display_phone_number must be a phone number (digits, spaces, + ( ) . -)' })
  display_phone_number: string;
}

export class PhoneNumberDto {
  @ApiProperty({ description: 'Business phone number id', example: '117263540981001' })
  phone_number_id: string;

  @ApiProperty({ description: 'Display number, digits only', example: '15550100100' })
  display_phone_number: string;

  @ApiProperty({ description: 'When the mapping was last set or learnt from a webhook', format: 'date-time', example: '2026-05-12T16:10:17.000Z' })
  updated_at: string;
}
