import { computed, reactive } from 'vue';
import type { Role } from './types';

/** Roles as the API names them. */
export type { Role };

interface Claims {
  sub: number;
  username: string;
  role: Role;
  unitId: number | null;
  exp?: number;
}

const KEY = 'skills.session';

/** What the token says (read, not verified: the server verifies it on every call). */
function claimsOf(token: string): Claims | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      Array.from(atob(payload), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(
        '',
      ),
    );
    return JSON.parse(json) as Claims;
  } catch {
    return null;
  }
}

const state = reactive<{ token: string | null }>({ token: localStorage.getItem(KEY) });

/** The signed-in user, kept in localStorage so a reload (or a tablet's sleep) keeps the session. */
export const session = {
  get token(): string | null {
    return state.token;
  },
  claims: computed(() => {
    if (!state.token) return null;
    const claims = claimsOf(state.token);
    if (!claims || (claims.exp !== undefined && claims.exp * 1000 < Date.now())) return null;
    return claims;
  }),
  signIn(token: string): void {
    state.token = token;
    localStorage.setItem(KEY, token);
  },
  signOut(): void {
    state.token = null;
    localStorage.removeItem(KEY);
  },
};
