// Within one article: every reference to an organization by one of its aliases
// is rewritten to the canonical name, so roles and deal parties agree with the
// organizations list.
import type { Document } from '../document.js';
import { orgKey } from './names.js';

export function resolveArticle(doc: Document): Document {
  const canonical = new Map<string, string>();
  for (const o of doc.organizations) for (const n of [o.name, ...o.aliases]) canonical.set(orgKey(n), o.name);
  const canon = (n: string | null): string | null => (n == null ? null : (canonical.get(orgKey(n)) ?? n));
  return {
    ...doc,
    people: doc.people.map((p) => ({
      ...p,
      roles: p.roles.map((r) => ({ ...r, organization: canon(r.organization) })),
    })),
    deals: doc.deals.map((d) => ({ ...d, parties: d.parties.map((p) => ({ ...p, name: canon(p.name) ?? p.name })) })),
  };
}
