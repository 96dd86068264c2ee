// Within one article: entries that share a name key are one entity (a last
// safety net after the extractors' own alias grouping), and every reference to
// an organization by one of its aliases is rewritten to the canonical name, so
// roles and deal parties agree with the organizations list.
import type { Document, Mention, Organization, Person } from '../document.js';
import { orgKey, personKey } from './names.js';

function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const seen = new Set<number>();
  return [...a, ...b]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .filter((m) => {
      if (seen.has(m.start)) return false;
      seen.add(m.start);
      return true;
    });
}

/** Folds entries whose name or alias keys meet into the first of them. */
function mergeByKey<T extends Organization | Person>(
  items: T[],
  key: (s: string) => string,
  join: (a: T, b: T) => T,
): T[] {
  const out: T[] = [];
  const owner = new Map<string, number>();
  for (const item of items) {
    const keys = [item.name, ...item.aliases].map(key).filter(Boolean);
    const hit = keys.map((k) => owner.get(k)).find((i) => i !== undefined);
    if (hit === undefined) {
      out.push(item);
      for (const k of keys) owner.set(k, out.length - 1);
    } else {
      out[hit] = join(out[hit] as T, item);
      for (const k of keys) if (!owner.has(k)) owner.set(k, hit);
    }
  }
  return out;
}

const aliasesOf = (name: string, ...lists: string[][]): string[] =>
  [...new Set(lists.flat())].filter((a) => a !== name).sort();

export function resolveArticle(doc: Document): Document {
  const organizations = mergeByKey(doc.organizations, orgKey, (a, b) => ({
    ...a,
    aliases: aliasesOf(a.name, a.aliases, [b.name], b.aliases),
    mentions: mergeMentions(a.mentions, b.mentions),
    confidence: Math.max(a.confidence, b.confidence),
    ticker: a.ticker ?? b.ticker ?? null,
  }));
  const canonical = new Map<string, string>();
  for (const o of organizations) for (const n of [o.name, ...o.aliases]) canonical.set(orgKey(n), o.name);
  const canon = (n: string | null): string | null => (n == null ? null : (canonical.get(orgKey(n)) ?? n));
  // only full names meet here: a surname alone may be shared by two people
  const people = mergeByKey(
    doc.people.map((p) => ({ ...p, aliases: p.aliases })),
    (s) => (s.includes(' ') ? personKey(s) : ''),
    (a, b) => ({
      ...a,
      aliases: aliasesOf(a.name, a.aliases, [b.name], b.aliases),
      roles: [...a.roles, ...b.roles],
      mentions: mergeMentions(a.mentions, b.mentions),
      confidence: Math.max(a.confidence, b.confidence),
    }),
  );
  return {
    ...doc,
    organizations,
    people: people.map((p) => {
      const seen = new Set<string>();
      const roles = p.roles
        .map((r) => ({ ...r, organization: canon(r.organization) }))
        .filter((r) => {
          const k = `${r.title.toLowerCase()}|${r.organization ?? ''}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
      return { ...p, roles };
    }),
    deals: doc.deals.map((d) => ({ ...d, parties: d.parties.map((p) => ({ ...p, name: canon(p.name) ?? p.name })) })),
  };
}
