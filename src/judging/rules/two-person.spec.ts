import { confirmationAllowed, scoreWriteAllowed } from './two-person';

describe('scoreWriteAllowed', () => {
  const base = { chief: true, hasReason: true, upheldObjection: false };

  it('lets anyone the other checks admit write while the contest is SCORING', () => {
    expect(
      scoreWriteAllowed({ ...base, status: 'SCORING', chief: false, hasReason: false }),
    ).toEqual({
      ok: true,
    });
  });

  it.each(['DRAFT', 'REGISTRATION', 'FINAL'] as const)('refuses every write in %s', (status) => {
    expect(scoreWriteAllowed({ ...base, status, upheldObjection: true })).toMatchObject({
      ok: false,
      code: 'SCORING_NOT_OPEN',
    });
  });

  it.each(['REVIEW', 'PUBLISHED'] as const)(
    'in %s lets a chief judge correct, with a reason, only under an upheld objection',
    (status) => {
      expect(scoreWriteAllowed({ ...base, status, upheldObjection: true })).toEqual({ ok: true });
      expect(scoreWriteAllowed({ ...base, status })).toMatchObject({
        ok: false,
        code: 'CORRECTION_NEEDS_OBJECTION',
      });
      expect(
        scoreWriteAllowed({ ...base, status, hasReason: false, upheldObjection: true }),
      ).toMatchObject({ ok: false, code: 'CORRECTION_REASON_REQUIRED' });
      expect(
        scoreWriteAllowed({ ...base, status, chief: false, upheldObjection: true }),
      ).toMatchObject({ ok: false, code: 'SCORING_NOT_OPEN' });
    },
  );
});

describe('confirmationAllowed', () => {
  it('confirms while scoring, and after it what a correction under an objection left', () => {
    expect(['SCORING', 'REVIEW', 'PUBLISHED'].every((s) => confirmationAllowed(s as never))).toBe(
      true,
    );
    expect(['DRAFT', 'REGISTRATION', 'FINAL'].some((s) => confirmationAllowed(s as never))).toBe(
      false,
    );
  });
});
