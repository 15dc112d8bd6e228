import { createHmac } from 'node:crypto';
import { PersonalDataCipher, PersonalDataError } from './personal-data-cipher';

const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const OTHER_KEY = Buffer.from(
  '1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100',
  'hex',
);
const ID = '11010519491231002X';

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(KEY);

  it('round-trips an ID number and a phone, with a fresh IV each time', () => {
    const a = cipher.encrypt('id_number', ID);
    const b = cipher.encrypt('id_number', ID);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(ID);
    expect(cipher.decrypt('id_number', a)).toBe(ID);
    expect(cipher.decrypt('id_number', b)).toBe(ID);
    expect(cipher.decrypt('phone', cipher.encrypt('phone', '13800138000'))).toBe('13800138000');
    expect(cipher.decrypt('phone', cipher.encrypt('phone', '024-1234 5678'))).toBe('024-1234 5678');
    // 12-byte IV + 16-byte tag + 18 bytes = 46 bytes = 64 base64 characters.
    expect(a).toHaveLength('v1:'.length + 64);
  });

  it('detects tampering with any byte of IV, tag or ciphertext', () => {
    const sealed = cipher.encrypt('id_number', ID);
    const raw = Buffer.from(sealed.slice(3), 'base64');
    for (const at of [0, 11, 12, 27, 28, raw.length - 1]) {
      const altered = Buffer.from(raw);
      altered[at] ^= 0x01;
      expect(() => cipher.decrypt('id_number', `v1:${altered.toString('base64')}`)).toThrow(
        PersonalDataError,
      );
    }
    expect(() =>
      cipher.decrypt('id_number', `v1:${raw.subarray(0, 20).toString('base64')}`),
    ).toThrow(/too short/);
  });

  it('refuses another key, another field, and an unknown version', () => {
    const sealed = cipher.encrypt('id_number', ID);
    expect(() => new PersonalDataCipher(OTHER_KEY).decrypt('id_number', sealed)).toThrow(
      /integrity check/,
    );
    // A phone's ciphertext copied into the ID-number column does not decrypt there.
    expect(() => cipher.decrypt('phone', sealed)).toThrow(PersonalDataError);
    expect(() => cipher.decrypt('id_number', `v2:${sealed.slice(3)}`)).toThrow(/known version/);
    expect(() => cipher.decrypt('id_number', ID)).toThrow(/known version/);
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => new PersonalDataCipher(Buffer.alloc(16, 1))).toThrow(/32 bytes/);
  });

  it('hashes stably under one key, differently under another and per field', () => {
    const h = cipher.hash('id_number', ID);
    expect(h).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cipher.hash('id_number', ID)).toBe(h);
    expect(new PersonalDataCipher(Buffer.from(KEY)).hash('id_number', ID)).toBe(h);
    expect(new PersonalDataCipher(OTHER_KEY).hash('id_number', ID)).not.toBe(h);
    expect(cipher.hash('id_number', '110105194912310038')).not.toBe(h);
    expect(cipher.hash('id_number_tail', ID)).not.toBe(h);
    expect(h).not.toContain(ID.slice(-4));
  });

  it('derives the hash key apart from the encryption key: a plain HMAC under the master key differs', () => {
    // Worked example: HMAC-SHA-256 under the master key itself is not what is stored, so a leaked
    // hash column cannot be checked against guesses with the master key's HMAC alone.
    const plain = createHmac('sha256', KEY).update(`id_number\u0000${ID}`).digest('base64url');
    expect(cipher.hash('id_number', ID)).not.toBe(plain);
  });
});

describe('PersonalDataCipher files', () => {
  const cipher = new PersonalDataCipher(KEY);
  const file = Buffer.from(`姓名,身份证号,手机\r\n张三,${ID},13800138000\r\n`, 'utf8');

  it('seals a whole file and opens it again; the clear text is not in the sealed bytes', () => {
    const sealed = cipher.sealBytes('roster_file', file);
    expect(sealed[0]).toBe(0x01);
    expect(sealed.length).toBe(1 + 12 + 16 + file.length);
    expect(sealed.includes(Buffer.from(ID))).toBe(false);
    expect(cipher.openBytes('roster_file', sealed)).toEqual(file);
  });

  it('refuses an altered file, another key and an unsealed one', () => {
    const sealed = cipher.sealBytes('roster_file', file);
    const altered = Buffer.from(sealed);
    altered[40] ^= 0x80;
    expect(() => cipher.openBytes('roster_file', altered)).toThrow(/integrity check/);
    expect(() => new PersonalDataCipher(OTHER_KEY).openBytes('roster_file', sealed)).toThrow(
      PersonalDataError,
    );
    expect(() => cipher.openBytes('roster_file', file)).toThrow(/known version/);
  });
});

describe('PersonalDataCipher key id', () => {
  it('names a key by 16 hex digits, the same for the same key, different for another', () => {
    const id = new PersonalDataCipher(KEY).keyId();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new PersonalDataCipher(Buffer.from(KEY)).keyId()).toBe(id);
    expect(new PersonalDataCipher(OTHER_KEY).keyId()).not.toBe(id);
    expect(KEY.toString('hex')).not.toContain(id);
  });
});
