import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitsRepository } from '../units/units.repository';
import type { Principal } from '../common/auth/current-user.decorator';
import { LoginBackoff } from '../auth/auth.entities';
import { backoffKey } from '../auth/rules/login-backoff';
import { CreateUserDto } from './dto/create-user.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';
import { UserErrors } from './users.errors';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly units: UnitsRepository,
    private readonly hasher: PasswordHasher,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async create(dto: CreateUserDto, principal?: Principal): Promise<User> {
    if (principal?.role === 'UNIT_COORDINATOR') await this.checkCoordinatorCreates(dto, principal);
    if (dto.role === 'UNIT_COORDINATOR' && dto.unitId === undefined)
      throw UserErrors.unitRequired();
    if (dto.role === 'ORGANIZER' && dto.unitId !== undefined) throw UserErrors.unitNotAllowed();
    // Hash outside the transaction: it is the slow part and needs no lock.
    const passwordHash = await this.hasher.hash(dto.password);
    return this.unitOfWork.run(async (manager) => {
      if (await this.users.existsByUsername(manager, dto.username))
        throw UserErrors.usernameTaken(dto.username);
      if (dto.unitId !== undefined && !(await this.units.findById(dto.unitId, manager))) {
        throw UserErrors.unitNotFound(dto.unitId);
      }
      return this.users.insert(manager, {
        username: dto.username,
        passwordHash,
        displayName: dto.displayName,
        role: dto.role,
        unitId: dto.unitId ?? null,
        active: true,
        createdAt: new Date(),
      });
    });
  }

  /** Every account for organizers; for a unit coordinator, the judges of their unit and below. */
  async list(principal?: Principal): Promise<User[]> {
    const all = await this.users.list();
    if (principal?.role !== 'UNIT_COORDINATOR') return all;
    const mine = principal.unitId === null ? null : await this.units.findById(principal.unitId);
    if (!mine) return [];
    const inside = new Set((await this.units.listSubtree(mine)).map((u) => u.id));
    return all.filter((u) => u.role === 'JUDGE' && u.unitId !== null && inside.has(u.unitId));
  }

  /**
   * A unit coordinator creates judge accounts only, of their own unit or a unit below it, for the
   * contests their unit hosts (docs/security.md "Hosted contests").
   */
  private async checkCoordinatorCreates(dto: CreateUserDto, principal: Principal): Promise<void> {
    if (dto.role !== 'JUDGE') throw UserErrors.roleNotAllowed(dto.role);
    if (dto.unitId === undefined) throw UserErrors.judgeUnitOutOfScope();
    const [mine, unit] = await Promise.all([
      principal.unitId === null ? null : this.units.findById(principal.unitId),
      this.units.findById(dto.unitId),
    ]);
    if (!unit) throw UserErrors.unitNotFound(dto.unitId);
    if (!mine || !unit.path.startsWith(mine.path)) throw UserErrors.judgeUnitOutOfScope();
  }

  async get(id: number): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw UserErrors.notFound(id);
    return user;
  }

  /**
   * An organizer sets a new password for someone who forgot theirs: every token the account holds
   * is revoked, and its failed-login delay cleared (the organizer hands the new password over). Not
   * for one's own password, which POST /api/auth/password changes against the current one.
   */
  async resetPassword(id: number, dto: ResetPasswordDto, principal: Principal): Promise<void> {
    if (id === principal.userId) throw UserErrors.resetOwnPassword();
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.unitOfWork.run(async (manager) => {
      const user = await this.users.findById(id, manager);
      if (!user) throw UserErrors.notFound(id);
      await this.users.setPassword(manager, id, passwordHash);
      await this.users.raiseTokenVersion(manager, id);
      await manager.delete(LoginBackoff, { usernameKey: backoffKey(user.username) });
    });
  }

  /** Deactivating an account also revokes every token it holds; reactivating does not revive them. */
  async update(id: number, dto: UpdateUserDto, principal: Principal): Promise<User> {
    if (!dto.active && id === principal.userId) throw UserErrors.cannotDeactivateSelf();
    return this.unitOfWork.run(async (manager) => {
      const user = await this.users.findById(id, manager);
      if (!user) throw UserErrors.notFound(id);
      if (user.active !== dto.active) {
        await this.users.setActive(manager, id, dto.active);
        if (!dto.active) await this.users.raiseTokenVersion(manager, id);
      }
      return (await this.users.findById(id, manager))!;
    });
  }
}
