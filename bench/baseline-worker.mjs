// The baseline a user would write on day one: compromise with the
// compromise-dates plugin, asked for people, organizations, places, dates and
// money in one article. Runs in a piscina worker so that the benchmark can cap
// the time of one article (compromise-dates can take half a minute on some).
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export default function baseline(text) {
  const t0 = performance.now();
  const doc = nlp(text);
  const out = {
    people: doc.people().out('array'),
    organizations: doc.organizations().out('array'),
    places: doc.places().out('array'),
    dates: doc.dates().get(),
    money: doc.money().out('array'),
  };
  return { ms: performance.now() - t0, found: Object.values(out).reduce((n, xs) => n + xs.length, 0) };
}
