import type { Response } from 'supertest';

/** supertest parser that collects a binary body (a PDF, an .xlsx, a .zip) into a Buffer. */
export function binary(
  res: Response,
  callback: (error: Error | null, body: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
