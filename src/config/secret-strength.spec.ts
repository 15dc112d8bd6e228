import { adminPasswordProblem, databaseUrlProblem, jwtSecretProblem } from './secret-strength';

describe('jwtSecretProblem', () => {
  it.each([
    ['CHANGE-ME-at-least-32-random-characters', 'placeholder'],
    ['changeme-changeme-changeme-changeme', 'placeholder'],
    ['<at least 32 random characters here>', 'placeholder'],
    ['replace_me_with_a_long_random_secret_value', 'placeholder'],
    ['short-but-random-Q7v', 'too short'],
    ['x'.repeat(40), 'too simple'],
    ['abcabcabcabcabcabcabcabcabcabcabcabc', 'too simple'],
    ['0123456789:;<=>?@ABCDEFGHIJKLMNOP', 'placeholder'],
    ['aaaabbbbccccddddaaaabbbbccccdddd1', 'too simple'],
  ])('refuses %s as %s', (value, problem) => {
    expect(jwtSecretProblem(value)).toBe(problem);
  });

  it.each([
    'q0v3M5nJ8Zr2Lw9sYt4Xb7Ue1Kd6Hf0Pa', // base64-like, 33 characters
    '3f9a0c7e1b2d4f6a8c0e2b4d6f8a0c2e', // 32 hex digits
    'Tc2_Vq8-Ls5zPw1nRy7hK4mBx0Gd9Ja6Fe3u',
  ])('accepts a random secret %s', (value) => {
    expect(jwtSecretProblem(value)).toBeNull();
  });
});

describe('adminPasswordProblem', () => {
  it.each([
    ['CHANGE-ME', 'placeholder'],
    ['change-me-now-please', 'placeholder'],
    ['Abc123!', 'too short'],
    ['password123', 'common'],
    ['Password2026!', 'common'],
    ['admin@12345', 'common'],
    ['Administrator1', 'common'],
    ['woaini1314520', 'common'],
    ['1qaz2wsx3edc', 'common'],
    ['12345678901', 'common'],
    ['aaaaaaaaaaaa', 'too simple'],
    ['abababababab', 'too simple'],
    ['abcdefghijklm', 'too simple'],
  ])('refuses %s as %s', (value, problem) => {
    expect(adminPasswordProblem(value)).toBe(problem);
  });

  it('refuses the user name with digits appended', () => {
    expect(adminPasswordProblem('zhangwei2026', 'zhangwei')).toBe('common');
    expect(adminPasswordProblem('zhangwei2026', 'lina')).toBeNull();
  });

  it.each(['admin-password-1', 'demo-password', 'Hx7#kq2Lp9', '春风十里不如你2026'])(
    'accepts %s',
    (value) => {
      expect(adminPasswordProblem(value, 'admin')).toBeNull();
    },
  );
});

describe('databaseUrlProblem', () => {
  it('refuses the example password in a database URL', () => {
    expect(databaseUrlProblem('postgres://skills:CHANGE-ME@127.0.0.1:5432/skills')).toBe(
      'placeholder',
    );
    expect(databaseUrlProblem('postgres://skills:change%2Dme@db/skills')).toBe('placeholder');
  });

  it('accepts a URL with a real password or none', () => {
    expect(databaseUrlProblem('postgres://skills:Tq8vN2pX@db:5432/skills')).toBeNull();
    expect(databaseUrlProblem('postgres://postgres@127.0.0.1:5432/test')).toBeNull();
    expect(databaseUrlProblem('sqlite:/tmp/x.sqlite')).toBeNull();
  });
});
