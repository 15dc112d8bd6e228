import { awardTitles } from './titles';
import { award, counts, distinct, guest, official, policy, tieGroups } from './titles.fixtures';

describe('awardTitles: the default ladder', () => {
  it('gives rank 1 CHAMPION, 2–3 PACESETTER, 4–10 EXPERT, 11–15 EXCELLENT and 16 nothing', () => {
    const decisions = award(distinct(16));
    expect(decisions.map((d) => [d.id, d.title, d.reason])).toEqual([
      [1, 'CHAMPION', 'AWARDED'],
      [2, 'PACESETTER', 'AWARDED'],
      [3, 'PACESETTER', 'AWARDED'],
      ...[4, 5, 6, 7, 8, 9, 10].map((id) => [id, 'EXPERT', 'AWARDED']),
      ...[11, 12, 13, 14, 15].map((id) => [id, 'EXCELLENT', 'AWARDED']),
      [16, null, 'OUTSIDE_LADDER'],
    ]);
  });

  it.each([
    [1, 'rank 1: CHAMPION (rank 1)', '第1名：技术状元（第1名）'],
    [3, 'rank 3: PACESETTER (ranks 2–3)', '第3名：技术标兵（第2–3名）'],
    [10, 'rank 10: EXPERT (ranks 4–10)', '第10名：技术能手（第4–10名）'],
    [15, 'rank 15: EXCELLENT (ranks 11–15)', '第15名：优秀选手（第11–15名）'],
    [16, 'rank 16, outside the title ladder', '第16名，不在称号名次范围内'],
  ])('explains rank %p in English and Chinese', (rank, detail, detailZh) => {
    const decision = award(distinct(16))[rank - 1];
    expect([decision.detail, decision.detailZh]).toEqual([detail, detailZh]);
  });

  it('answers in input order, whatever the ranks', () => {
    const decisions = award([official(7, 3), official(8, 1), official(9, 2)]);
    expect(decisions.map((d) => [d.id, d.title])).toEqual([
      [7, 'PACESETTER'],
      [8, 'CHAMPION'],
      [9, 'PACESETTER'],
    ]);
  });

  it('a small field gets only the top rungs: 3 contestants are C, P, P', () => {
    expect(award(distinct(3)).map((d) => d.title)).toEqual([
      'CHAMPION',
      'PACESETTER',
      'PACESETTER',
    ]);
  });

  it('a policy with no rungs awards nothing: everyone is outside the ladder', () => {
    const decisions = award(distinct(3), policy({ rungs: [] }));
    expect(decisions.map((d) => d.reason)).toEqual([
      'OUTSIDE_LADDER',
      'OUTSIDE_LADDER',
      'OUTSIDE_LADDER',
    ]);
  });

  it('a shorter custom ladder: CHAMPION 1–2 and EXPERT 3–5', () => {
    const rungs = [
      { title: 'CHAMPION', kind: 'RANKS', fromRank: 1, toRank: 2 },
      { title: 'EXPERT', kind: 'RANKS', fromRank: 3, toRank: 5 },
    ] as const;
    expect(counts(award(distinct(8), policy({ rungs: [...rungs] })))).toEqual({
      CHAMPION: 2,
      PACESETTER: 0,
      EXPERT: 3,
      EXCELLENT: 0,
    });
  });

  it('the example from docs/results.md: two tied at rank 1 are both champions and the next rank is 3', () => {
    const decisions = award(tieGroups([2, 1, 1]));
    expect(decisions.map((d) => [d.id, d.title])).toEqual([
      [1, 'CHAMPION'],
      [2, 'CHAMPION'],
      [3, 'PACESETTER'],
      [4, 'EXPERT'],
    ]);
  });
});

describe('awardTitles: minimum field', () => {
  it('minField 3 with 2 approved entrants: no titles at all, not even for rank 1', () => {
    const decisions = award([official(1, 1), official(2, 2)], policy(), {
      minField: 3,
      approvedEntrants: 2,
    });
    expect(decisions.map((d) => [d.title, d.reason])).toEqual([
      [null, 'FIELD_TOO_SMALL'],
      [null, 'FIELD_TOO_SMALL'],
    ]);
    expect(decisions[0].detail).toBe(
      '2 approved entrants, fewer than the minimum field of 3: no titles are awarded in this contest',
    );
    expect(decisions[0].detailZh).toBe('核准参赛2人，少于最低参赛人数3人，本项目不授予称号');
  });

  it('exactly the minimum is enough: 3 of 3 award titles', () => {
    const decisions = award(distinct(3), policy(), { minField: 3, approvedEntrants: 3 });
    expect(decisions[0].title).toBe('CHAMPION');
  });

  it('counts approved entrants, not those present: 3 approved, one absent, still titles', () => {
    const decisions = award([official(1, 1), official(2, 2), official(3, null)], policy(), {
      minField: 3,
      approvedEntrants: 3,
    });
    expect(decisions.map((d) => d.reason)).toEqual(['AWARDED', 'AWARDED', 'NOT_RANKED']);
  });

  it('a too-small field is the reason for guests and absentees too: it is contest-wide', () => {
    const decisions = award([official(1, 1), guest(2, 1), official(3, null)], policy(), {
      minField: 5,
      approvedEntrants: 4,
    });
    expect(decisions.map((d) => d.reason)).toEqual([
      'FIELD_TOO_SMALL',
      'FIELD_TOO_SMALL',
      'FIELD_TOO_SMALL',
    ]);
  });

  it('one approved entrant, singular in the detail', () => {
    const [decision] = award([official(1, 1)], policy(), { minField: 3, approvedEntrants: 1 });
    expect(decision.detail).toMatch(/^1 approved entrant, fewer/);
  });

  it('minField 0 and no entrants: nothing to decide', () => {
    expect(award([], policy(), { minField: 0, approvedEntrants: 0 })).toEqual([]);
  });
});

describe('awardTitles: guests and contestants without a rank', () => {
  it('a guest at the top is GUEST, and the best official is still CHAMPION', () => {
    const decisions = award([guest(9, 1), official(1, 1), official(2, 2), official(3, 3)]);
    expect(decisions.map((d) => [d.id, d.title, d.reason])).toEqual([
      [9, null, 'GUEST'],
      [1, 'CHAMPION', 'AWARDED'],
      [2, 'PACESETTER', 'AWARDED'],
      [3, 'PACESETTER', 'AWARDED'],
    ]);
    expect(decisions[0].detail).toBe(
      'out of competition (guest): ranked for display only, no title',
    );
    expect(decisions[0].detailZh).toBe('不参与评奖的特邀选手，仅展示名次，不授予称号');
  });

  it('guest ranks are not checked as a competition ranking, and may repeat official ranks', () => {
    const decisions = award([official(1, 1), guest(2, 7), guest(3, 1), official(4, 2)]);
    expect(decisions.map((d) => d.reason)).toEqual(['AWARDED', 'GUEST', 'GUEST', 'AWARDED']);
  });

  it('an absent guest is GUEST: being a guest is checked first', () => {
    expect(
      award([guest(1, null), ...distinct(3).map((o) => ({ ...o, id: o.id + 1 }))])[0].reason,
    ).toBe('GUEST');
  });

  it('an official without a rank (absent or disqualified) is NOT_RANKED and takes no place', () => {
    const decisions = award([official(1, null), official(2, 1), official(3, 2)]);
    expect(decisions.map((d) => [d.title, d.reason])).toEqual([
      [null, 'NOT_RANKED'],
      ['CHAMPION', 'AWARDED'],
      ['PACESETTER', 'AWARDED'],
    ]);
    expect(decisions[0].detail).toBe('not ranked (absent or disqualified): no title');
    expect(decisions[0].detailZh).toBe('无名次（缺考或取消资格），不授予称号');
  });
});

describe('awardTitles: bad input', () => {
  const options = { minField: 3, approvedEntrants: 3 };

  it.each([
    ['ranks with a gap', [1, 3]],
    ['not starting at 1', [2, 3]],
    ['a tie not followed by a skip', [1, 1, 2]],
    ['a fractional rank', [1, 1.5]],
    ['a repeated rank after a skip too far', [1, 1, 4]],
  ])('refuses official ranks that are not a competition ranking: %s', (_label, ranks) => {
    const inputs = ranks.map((rank, i) => official(i + 1, rank));
    expect(() => awardTitles(inputs, policy(), options)).toThrow(/competition ranking/);
  });

  it('accepts a valid 1224 ranking given in any order', () => {
    const inputs = [4, 1, 2, 2].map((rank, i) => official(i + 1, rank));
    expect(() => awardTitles(inputs, policy(), options)).not.toThrow();
  });

  it('refuses a repeated id', () => {
    expect(() => awardTitles([official(1, 1), official(1, 2)], policy(), options)).toThrow(/twice/);
  });

  it.each([
    ['failed parts listed but all passed', { allPartsPassed: true, failedParts: ['theory'] }],
    ['not all passed but no failed part named', { allPartsPassed: false, failedParts: [] }],
  ])('refuses %s', (_label, over) => {
    expect(() => awardTitles([official(1, 1, over)], policy(), options)).toThrow(/allPartsPassed/);
  });

  it.each([
    ['a negative minField', { minField: -1, approvedEntrants: 3 }],
    ['a fractional minField', { minField: 2.5, approvedEntrants: 3 }],
    ['a NaN approvedEntrants', { minField: 3, approvedEntrants: NaN }],
  ])('refuses %s', (_label, opts) => {
    expect(() => awardTitles([], policy(), opts)).toThrow(RangeError);
  });
});
