/** The states of a registration and of a contestant on the day, as plain values the rules work on. */

export const REGISTRATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCES = ['PRESENT', 'ABSENT', 'DISQUALIFIED'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
