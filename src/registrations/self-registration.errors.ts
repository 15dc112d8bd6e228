import { DomainError } from '../common/errors/domain-error';

/** Refusals of a self-registration (docs/registration.md); the words say nothing of other entries. */
export const SelfRegistrationErrors = {
  notOffered: (contestId: number) =>
    new DomainError(
      'FORBIDDEN',
      'SELF_REGISTRATION_NOT_OFFERED',
      `Contest ${contestId} does not take self-registrations; register through your unit's union`,
    ),
  phoneRequired: () =>
    new DomainError('INVALID', 'PHONE_REQUIRED', 'worker.phone: enter a phone number', {
      field: 'phone',
      messageZh: '请填写手机号，单位联络员审核时会与您联系',
    }),
  otherTrade: () =>
    new DomainError(
      'CONFLICT',
      'REGISTRATION_OTHER_TRADE',
      'This person is already entered in another trade of this competition; a worker may enter one trade',
      { field: 'idNumber', messageZh: '您已报名本届大赛的其他工种，每人限报一个工种' },
    ),
  sameRound: () =>
    new DomainError(
      'CONFLICT',
      'REGISTRATION_SAME_ROUND',
      'This person is already entered in another contest of the same trade and round; one contest per round of a trade',
      { field: 'idNumber', messageZh: '您已报名本工种同一轮次的另一场比赛，每轮限报一场' },
    ),
  rejected: () =>
    new DomainError(
      'CONFLICT',
      'REGISTRATION_REJECTED',
      "This person's entry in this contest was rejected; ask your unit coordinator",
      { field: 'idNumber', messageZh: '您在该项目的报名已被驳回，如有疑问请联系本单位工会' },
    ),
};
