import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** The master key's length: AES-256 and HMAC-SHA-256 are each given a 32-byte key derived from it. */
export const PERSONAL_DATA_KEY_BYTES = 32;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * What a value is, bound into its ciphertext as associated data: a phone's ciphertext copied into
 * the ID-number column does not decrypt, and a hash of one kind never equals a hash of another.
 */
export type PersonalDataField = 'id_number' | 'phone' | 'id_number_tail' | 'roster_file';

/** The first byte of a sealed binary value (`sealBytes`): the format's version. */
const BINARY_VERSION = 0x01;

export class PersonalDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataError';
  }
}

/**
 * Encrypts personal data at rest (AES-256-GCM, a fresh random 96-bit IV per value, so equal
 * values give unequal ciphertexts) and computes keyed hashes (HMAC-SHA-256) for equality
 * look-ups. The encryption and hash keys are derived from one master key with HKDF under
 * distinct labels, so neither can be computed from the other.
 *
 * Stored form: `v1:` + base64(IV ‖ tag ‖ ciphertext). The version names the format and the key
 * derivation, so that another may be introduced beside it later.
 */
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== PERSONAL_DATA_KEY_BYTES) {
      throw new PersonalDataError(`the personal-data key must be ${PERSONAL_DATA_KEY_BYTES} bytes`);
    }
    this.encryptionKey = derive(masterKey, 'skills-contest personal-data encryption v1');
    this.hashKey = derive(masterKey, 'skills-contest personal-data lookup hash v1');
  }

  encrypt(field: PersonalDataField, plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(field, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** Throws a PersonalDataError when the value was altered, is of another field, or was sealed with another key. */
  decrypt(field: PersonalDataField, stored: string): string {
    const separator = stored.indexOf(':');
    if (separator < 0 || stored.slice(0, separator) !== VERSION) {
      throw new PersonalDataError('not an encrypted personal-data value of a known version');
    }
    const raw = Buffer.from(stored.slice(separator + 1), 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) {
      throw new PersonalDataError('encrypted personal-data value too short');
    }
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.encryptionKey,
      raw.subarray(0, IV_BYTES),
      { authTagLength: TAG_BYTES },
    );
    decipher.setAAD(Buffer.from(field, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      const body = raw.subarray(IV_BYTES + TAG_BYTES);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      // GCM's tag check: tampering, a wrong key and a wrong field all end here.
      throw new PersonalDataError(
        'encrypted personal-data value failed its integrity check (altered, or another key)',
      );
    }
  }

  /**
   * A whole file (an uploaded roster waiting for its import job): the version byte 0x01, then IV,
   * tag and ciphertext, as bytes.
   */
  sealBytes(field: PersonalDataField, plain: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(field, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.of(BINARY_VERSION), iv, cipher.getAuthTag(), body]);
  }

  openBytes(field: PersonalDataField, sealed: Buffer): Buffer {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== BINARY_VERSION) {
      throw new PersonalDataError('not a sealed personal-data file of a known version');
    }
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.encryptionKey,
      sealed.subarray(1, 1 + IV_BYTES),
      { authTagLength: TAG_BYTES },
    );
    decipher.setAAD(Buffer.from(field, 'utf8'));
    decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new PersonalDataError(
        'sealed personal-data file failed its integrity check (altered, or another key)',
      );
    }
  }

  decryptNullable(field: PersonalDataField, stored: string | null): string | null {
    return stored === null ? null : this.decrypt(field, stored);
  }

  /**
   * Names the key without revealing it (16 hex digits of an HMAC under the derived hash key), so
   * that a backup's report can say which key its data need and a restore can check it has it.
   */
  keyId(): string {
    return createHmac('sha256', this.hashKey).update('key id').digest('hex').slice(0, 16);
  }

  /** A keyed hash (base64url, 43 characters): equal for equal values under one key, useless without it. */
  hash(field: PersonalDataField, value: string): string {
    return createHmac('sha256', this.hashKey)
      .update(`${field}\u0000${value}`, 'utf8')
      .digest('base64url');
  }
}

function derive(masterKey: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
}
