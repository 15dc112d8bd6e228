import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '../../users/user.entity';

/** Who is calling, as established by the token (the guard fills it in). */
export interface Principal {
  userId: number;
  username: string;
  role: Role;
  unitId: number | null;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<{ user: Principal }>().user,
);
