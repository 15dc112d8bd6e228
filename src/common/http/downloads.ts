import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** The media type of the .xlsx files the API hands out. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `报名汇总-12.xlsx`, encoded for Content-Disposition (RFC 6266 / 5987). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Documents a route that answers with a file: its real media type, and a binary body (the
 * OpenAPI document would otherwise say nothing of the answer, or call it JSON).
 */
export function ApiFileResponse(
  type: string,
  description: string,
): ReturnType<typeof applyDecorators> {
  return applyDecorators(
    ApiProduces(type),
    ApiOkResponse({ description, schema: { type: 'string', format: 'binary' } }),
  );
}
