import { formatTime, MAX_TIME_SECONDS, parseTime } from '../../web/src/pages/judge/time-value';

/* The score sheet's 用时 cell: what a judge types from a stopwatch, read as whole seconds. */
describe('time used as typed on the score sheet', () => {
  it.each([
    ['12:05', 725],
    ['0:59', 59],
    ['125:00', 7500],
    ['1:02:05', 3725],
    ['１２：０５', 725],
    [' 12 : 05 ', 725],
    ['725', 725],
    ['0', 0],
    ['12分05秒', 725],
    ['12分', 720],
    ['725秒', 725],
    ['1小时2分5秒', 3725],
    ['1时', 3600],
    ['12\'05"', 725],
    ['12m5s', 725],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseTime(text)).toEqual({ ok: true, seconds });
  });

  it('reads an empty cell as no time', () => {
    expect(parseTime('')).toEqual({ ok: true, seconds: null });
    expect(parseTime('  ')).toEqual({ ok: true, seconds: null });
  });

  it.each([
    '12:60',
    '12:5',
    '1:02:60',
    '1:75:00',
    '-5',
    '12.5',
    'abc',
    '1分75秒',
    '1小时60分',
    '分',
    ':05',
    '12::05',
  ])('refuses %j', (text) => {
    expect(parseTime(text)).toEqual({ ok: false });
  });

  it('refuses more than the API takes (7 days)', () => {
    expect(parseTime(String(MAX_TIME_SECONDS))).toEqual({ ok: true, seconds: 604800 });
    expect(parseTime(String(MAX_TIME_SECONDS + 1))).toEqual({ ok: false });
    expect(parseTime('168:00:01')).toEqual({ ok: false });
  });

  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [725, '12:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [604800, '168:00:00'],
  ])('writes %i seconds as %s, which reads back the same', (seconds, text) => {
    expect(formatTime(seconds)).toBe(text);
    expect(parseTime(text)).toEqual({ ok: true, seconds });
  });
});
