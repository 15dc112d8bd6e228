import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but not sent as null: class-validator's @IsOptional() lets null
 * through, and a null id would then match any row (TypeORM ignores null in a where clause).
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);
