import type { Role } from '../../common/auth/principal';
import { User } from '../user.entity';

export class UserResponse {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  active: boolean;
  createdAt: string;

  static of(user: User): UserResponse {
    return Object.assign(new UserResponse(), {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitId,
      active: user.active,
      createdAt: user.createdAt.toISOString(),
    });
  }
}
