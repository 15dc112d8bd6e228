import { inputProblem, MAX_INPUT_DEPTH } from './input-sanity';

const nested = (levels: number): unknown => {
  let value: unknown = 0;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

describe('inputProblem (raw request input, before the DTO)', () => {
  it('passes ordinary input, including tabs, line breaks, CJK and emoji', () => {
    expect(
      inputProblem(
        {
          worker: { name: '阿不都·热合曼', phone: '13800138000' },
          text: '第一行\n第二行\t👨‍👩‍👧',
          ids: [1, 2],
        },
        'body',
      ),
    ).toBeNull();
    expect(inputProblem(undefined, 'body')).toBeNull();
    expect(inputProblem('12', 'id')).toBeNull();
  });

  it(`passes ${MAX_INPUT_DEPTH} levels and refuses one more, without recursing (10,000 levels)`, () => {
    expect(inputProblem(nested(MAX_INPUT_DEPTH), 'body')).toBeNull();
    expect(inputProblem(nested(MAX_INPUT_DEPTH + 1), 'body')?.message).toMatch(
      /nested more than 32 levels deep/,
    );
    expect(inputProblem(nested(10_000), 'body')).not.toBeNull();
  });

  it.each([
    ['\u0000', 'U+0000'],
    ['a\u0001b', 'U+0001'],
    ['\u001b[31m', 'U+001B'],
    ['\uffff', 'U+FFFF'],
  ])('refuses the control character in %j, naming the field', (text, code) => {
    expect(inputProblem({ worker: { name: text } }, 'body')).toEqual({
      field: 'worker.name',
      message: `worker.name contains the control character ${code}`,
    });
  });

  it('refuses half a surrogate pair, in a value or in a key', () => {
    expect(inputProblem({ entries: [{ code: 'a\ud800' }] }, 'body')?.field).toBe('entries[0].code');
    expect(inputProblem({ ['\udc00']: 1 }, 'body')?.message).toMatch(/a field name in body/);
    expect(inputProblem('\ud800', 'serial')?.message).toBe(
      'serial is not well-formed Unicode (half a surrogate pair)',
    );
  });

  it.each(['constructor', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'toString'])(
    'refuses a field named %s, which every object inherits (class-validator lets some through)',
    (key) => {
      const body = JSON.parse(`{"worker":{"${key}":"x"}}`) as unknown;
      expect(inputProblem(body, 'body')).toEqual({
        field: `worker.${key}`,
        message: `property worker.${key} should not exist`,
      });
    },
  );
});
