import type { Config } from '../config/config.js';
import type { Input } from '../core/input.js';
import { nameKey } from '../registry/store.js';

/**
 * Who may do what (DESIGN.md "Who may use it"; issue "Who may do what"). Anyone the adapters let in
 * (an allowed Slack workspace or Microsoft tenant) may ask and register; guests may only ask; changing
 * or ending an entry takes the person who registered it, an administrator of its body, or a Utblick
 * administrator; re-indexing takes a Utblick administrator.
 */

/** The one who acts, as the adapters describe them. */
export type Actor = Pick<Input, 'userId' | 'guest' | 'groups'>;

/** An entry someone wants to change: who registered it, and the bodies it belongs to. */
export type Owned = {
  /** The platform user id that registered it; `system:…` ids (the documents) count as no person. */
  owner: string | null;
  ownerName: string | null;
  bodies: string[];
};

export type Refusal =
  | { reason: 'guest' }
  | { reason: 'admin_only' }
  | { reason: 'not_owner'; ownerName: string | null; bodies: string[] };

export type Decision = { allowed: true; as: 'owner' | 'body_admin' | 'admin' | 'member' } | Refusal;

export type AccessPolicy = ReturnType<typeof createAccessPolicy>;

export function createAccessPolicy(config: Pick<Config, 'admins' | 'bodyAdmins'>) {
  const admins = new Set(config.admins);
  const bodyAdmins = config.bodyAdmins.map((entry) => ({
    key: nameKey(entry.body),
    ids: new Set(entry.ids),
  }));

  /** The user's own id and the groups the platform says they are in. */
  const identities = (actor: Actor): string[] => [actor.userId, ...(actor.groups ?? [])];

  const isAdmin = (actor: Actor): boolean => !actor.guest && identities(actor).some((id) => admins.has(id));

  const adminsBody = (actor: Actor, body: string): boolean => {
    const key = nameKey(body);
    const ids = identities(actor);
    return bodyAdmins.some((entry) => entry.key === key && ids.some((id) => entry.ids.has(id)));
  };

  return {
    isAdmin,

    /** Asking is open to everyone who got this far, guests included. */
    mayRegister(actor: Actor): Decision {
      return actor.guest ? { reason: 'guest' } : { allowed: true, as: 'member' };
    },

    mayAdminister(actor: Actor): Decision {
      if (actor.guest) return { reason: 'guest' };
      return isAdmin(actor) ? { allowed: true, as: 'admin' } : { reason: 'admin_only' };
    },

    mayChange(actor: Actor, entry: Owned): Decision {
      if (actor.guest) return { reason: 'guest' };
      if (entry.owner && !entry.owner.startsWith('system:') && entry.owner === actor.userId) {
        return { allowed: true, as: 'owner' };
      }
      if (entry.bodies.some((body) => adminsBody(actor, body))) return { allowed: true, as: 'body_admin' };
      if (isAdmin(actor)) return { allowed: true, as: 'admin' };
      const person = entry.owner && !entry.owner.startsWith('system:');
      return { reason: 'not_owner', ownerName: person ? entry.ownerName : null, bodies: entry.bodies };
    },
  };
}

export function isRefusal(decision: Decision): decision is Refusal {
  return !('allowed' in decision);
}
