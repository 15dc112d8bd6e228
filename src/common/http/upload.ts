import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';

export interface Upload {
  filename: string;
  content: Buffer;
}

export interface UploadErrors {
  notMultipart: () => DomainError;
  fileRequired: () => DomainError;
  tooLarge: (limitBytes: number) => DomainError;
}

/**
 * Reads the one file of a multipart/form-data request (field `field`) into memory, refusing more
 * than `limitBytes` while it streams in: an oversized upload is cut off, never held whole.
 */
export async function readUpload(
  request: FastifyRequest,
  field: string,
  limitBytes: number,
  errors: UploadErrors,
): Promise<Upload> {
  if (!request.isMultipart()) throw errors.notMultipart();
  const code = (error: unknown): unknown => (error as { code?: unknown })?.code;
  try {
    const part = await request.file({ limits: { fileSize: limitBytes, files: 1, fields: 10 } });
    if (!part || part.fieldname !== field) throw errors.fileRequired();
    const content = await part.toBuffer();
    return { filename: part.filename ?? '', content };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (code(error) === 'FST_REQ_FILE_TOO_LARGE') throw errors.tooLarge(limitBytes);
    if (code(error) === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw errors.notMultipart();
    // Anything else thrown while the parts are read is a body that is not multipart/form-data
    // as declared: busboy's "Multipart: Boundary not found", "Unexpected end of form", the
    // plugin's FST_* errors. It is the client's to fix, not a 500.
    throw errors.fileRequired();
  }
}
