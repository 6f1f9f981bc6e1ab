import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { createValidationPipe, nullFields } from './validation';

class Inner {
  @IsOptional()
  @IsString({ each: true })
  ids?: string[];
}

class Outer {
  @IsString()
  name: string;

  @IsOptional()
  @IsInt()
  hours?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => Inner)
  inner?: Inner;
}

const meta: ArgumentMetadata = { type: 'body', metatype: Outer };

async function details(body: unknown) {
  const err = await createValidationPipe()
    .transform(body, meta)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(err).toBeInstanceOf(BadRequestException);
  return ((err as BadRequestException).getResponse() as { details: { field: string; reason: string }[] }).details;
}

describe('validation pipe: null and wrong types are 400 naming the field', () => {
  it('refuses null for an optional field, which @IsOptional alone would let through', async () => {
    expect(await details({ name: 'a', hours: null })).toEqual([{ field: 'hours', reason: 'hours must not be null (omit the field instead)' }]);
  });

  it('refuses null inside a nested DTO, with its path', async () => {
    expect(await details({ name: 'a', inner: { ids: null } })).toEqual([{ field: 'inner.ids', reason: 'inner.ids must not be null (omit the field instead)' }]);
  });

  it('reports a required field sent as null once, by its own rule', async () => {
    const d = await details({ name: null });
    expect(d.map((x) => x.field)).toEqual(['name']);
  });

  it('refuses a JSON null body, which the pipe would otherwise read as an empty one', async () => {
    expect(await details(null)).toEqual([{ field: 'body', reason: 'body must be a JSON object (or no body at all), not null' }]);
  });

  it('names wrong types', async () => {
    expect((await details({ name: 3 })).map((x) => x.field)).toEqual(['name']);
    expect((await details({ name: 'a', hours: '24' })).map((x) => x.field)).toEqual(['hours']);
    expect((await details({ name: 'a', inner: { ids: [1] } })).map((x) => x.field)).toEqual(['inner.ids']);
  });

  it('passes a valid body and leaves absent fields absent', async () => {
    await expect(createValidationPipe().transform({ name: 'a' }, meta)).resolves.toEqual(Object.assign(new Outer(), { name: 'a' }));
  });

  it('lists the null paths of a DTO', () => {
    const inner = Object.assign(new Inner(), { ids: null });
    expect(nullFields(Object.assign(new Outer(), { name: null, inner, hours: 1 }))).toEqual(['name', 'inner.ids']);
  });
});
