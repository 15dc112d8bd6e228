import { Transform } from 'class-transformer';

/** Surrounding white space (including the full-width space U+3000) is not part of a code or name. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
