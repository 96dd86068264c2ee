// The hand-checked part of a record that golden fixtures hold: what an analyst
// reads off the article (names, roles, deals, dates), not offsets or confidences.
const byJson = (a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

export function project(record) {
  return {
    headline: record.headline,
    published: record.published,
    organizations: record.organizations.map((o) => ({ name: o.name, aliases: [...o.aliases].sort() })).sort(byJson),
    people: record.people
      .map((p) => ({
        name: p.name,
        roles: p.roles.map((r) => ({ title: r.title, organization: r.organization })).sort(byJson),
      }))
      .sort(byJson),
    locations: record.locations.map((l) => l.name).sort(),
    deals: record.deals
      .map((d) => ({
        type: d.type,
        parties: d.parties.map((p) => ({ name: p.name, role: p.role })).sort(byJson),
        date: d.date,
        value: d.value,
      }))
      .sort(byJson),
  };
}
