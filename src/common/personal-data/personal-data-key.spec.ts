import { parsePersonalDataKey } from './personal-data-key';

const HEX = '8f3a5c0d2e71b9a46c58d1f03e92a7b45d6e8f1029c3b7a4e5f6071829a3b4c5';

describe('parsePersonalDataKey', () => {
  it('reads 64 hex digits and 44 base64 characters (standard or URL alphabet)', () => {
    const key = Buffer.from(HEX, 'hex');
    expect(parsePersonalDataKey(HEX)).toEqual({ key });
    expect(parsePersonalDataKey(HEX.toUpperCase())).toEqual({ key });
    expect(parsePersonalDataKey(key.toString('base64'))).toEqual({ key });
    expect(parsePersonalDataKey(`${key.toString('base64url')}\n`)).toEqual({ key });
  });

  it.each([
    ['a placeholder', 'CHANGE-ME-personal-data-key'],
    ['a pass phrase', 'correct horse battery staple and more words'],
    ['16 bytes', Buffer.alloc(16, 7).toString('hex')],
    ['33 bytes', Buffer.alloc(33, 7).toString('base64')],
    ['empty', ''],
  ])('refuses %s', (_, text) => {
    expect(parsePersonalDataKey(text)).toEqual({
      problem: expect.stringMatching(/32 random bytes/),
    });
  });

  it.each([
    ['zeros', '0'.repeat(64)],
    ['a repeated byte', 'ab'.repeat(32)],
    ['a counting pattern of 8 bytes', '0001020304050607'.repeat(4)],
  ])('refuses %s as not random', (_, hex) => {
    expect(parsePersonalDataKey(hex)).toEqual({ problem: expect.stringMatching(/not random/) });
  });
});
