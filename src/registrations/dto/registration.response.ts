import { maskIdNumber, maskPhone } from '../../workers/rules/id-number';
import type { Gender } from '../../workers/worker.entity';
import type { RegistrationStatus } from '../registration.entity';
import type { RegistrationView } from '../registrations.repository';

export class RegisteredWorkerResponse {
  id: number;
  name: string;
  gender: Gender;
  /**
   * Masked (`110105********002X`) except in an organizer's view of one registration; null once
   * the worker was anonymised after the retention period.
   */
  idNumber: string | null;
  /** Masked (`138****5678`) except in an organizer's view of one registration. */
  phone: string | null;
  /** Only in an organizer's view of one registration. */
  birthDate?: string;
  unitId: number;
  unitCode: string;
  unitName: string;
}

/** A decision on many registrations: how many changed, and how many already had that status. */
export class DecisionsResponse {
  changed: number;
  unchanged: number;
}

/** The worker on record that a transfer request claims (see RegistrationResponse.transferFrom). */
export class TransferFromResponse {
  workerId: number;
  name: string;
  unitId: number;
  unitCode: string;
  unitName: string;
}

export class RegistrationResponse {
  id: number;
  contestId: number;
  status: RegistrationStatus;
  rejectReason: string | null;
  outOfCompetition: boolean;
  /** Entered by the worker themselves from the public page (自主报名); waits for their unit coordinator. */
  selfRegistered: boolean;
  stationNo: number | null;
  /** The secret blind code: organizers only, after the draw. */
  code?: string | null;
  worker: RegisteredWorkerResponse;
  /**
   * Organizers only: set when a unit coordinator entered an ID number that is on record in a unit
   * outside theirs (a transfer request; they were not told). `worker` is what they entered; this is
   * the record. Approving the registration merges the two and moves the worker to `worker.unitId`.
   */
  transferFrom?: TransferFromResponse | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;

  /**
   * `organizer`: sees the blind code; `reveal`: the whole ID number and phone (an organizer looking
   * at one registration, e.g. to check identity at the venue). Everyone else gets masked values.
   */
  static of(
    view: RegistrationView,
    options: { organizer: boolean; reveal?: boolean },
  ): RegistrationResponse {
    const reveal = options.organizer && options.reveal === true;
    const worker: RegisteredWorkerResponse = {
      id: view.worker.id,
      name: view.worker.name,
      gender: view.worker.gender,
      idNumber:
        view.worker.idNumber === null
          ? null
          : reveal
            ? view.worker.idNumber
            : maskIdNumber(view.worker.idNumber),
      phone:
        view.worker.phone === null
          ? null
          : reveal
            ? view.worker.phone
            : maskPhone(view.worker.phone),
      unitId: view.unit.id,
      unitCode: view.unit.code,
      unitName: view.unit.name,
    };
    if (reveal) worker.birthDate = view.worker.birthDate;
    const response: RegistrationResponse = Object.assign(new RegistrationResponse(), {
      id: view.id,
      contestId: view.contestId,
      status: view.status,
      rejectReason: view.rejectReason,
      outOfCompetition: view.outOfCompetition,
      selfRegistered: view.selfRegistered,
      stationNo: view.stationNo,
      worker,
      createdAt: view.createdAt,
      updatedAt: view.updatedAt,
      decidedAt: view.decidedAt,
    });
    if (options.organizer) {
      response.code = view.blindCode;
      const record = view.transferFrom;
      response.transferFrom = record && {
        workerId: record.workerId,
        name: record.name,
        unitId: record.unit.id,
        unitCode: record.unit.code,
        unitName: record.unit.name,
      };
    }
    return response;
  }
}

/** The draw just run. */
export class DrawSummaryResponse {
  contestId: number;
  /** 1 for the first draw, 2+ for redraws. */
  round: number;
  drawnAt: string;
  /** How many approved registrations got a station and a code. */
  drawn: number;
}

/** The organizer's draw sheet: station, code and worker, station by station. */
export class DrawSheetResponse {
  round: number;
  drawnAt: string | null;
  entries: RegistrationResponse[];
}
