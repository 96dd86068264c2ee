// Reads V8 CPU profiles (node --cpu-prof) and tells where the time went: per
// pipeline stage (each sample charged to the innermost frame in this package's
// dist/, so time inside a library goes to the stage that called it) and per
// function (self time).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

// The command line and the worker thread run bundled (scripts/bundle.mjs): a frame in dist/bundle/ is
// charged to the dist/ file and line it came from, read from the bundle's source map.
const maps = new Map();
function unbundle(frame) {
  if (!frame.url.includes('/dist/bundle/')) return;
  if (!maps.has(frame.url)) {
    const file = `${fileURLToPath(frame.url)}.map`;
    maps.set(frame.url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry?.originalSource) return;
  frame.url = new URL(entry.originalSource, frame.url).href;
  frame.lineNumber = entry.originalLine;
  if (entry.name && frame.functionName) frame.functionName = entry.name;
}

const stageOf = (url) => {
  if (url.includes('/node_modules/')) return null;
  const m = /\/dist\/([^/]+)(?:\/([^/]+))?/.exec(url);
  if (!m) return null;
  const [, top, sub] = m;
  if (top === 'extract' && sub && !sub.endsWith('.js')) return `extract/${sub}`;
  if (top === 'batch') return 'batch (validate, serialize, summarize)';
  return top.replace(/\.js$/, '');
};

const short = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/dist\//, 'dist/');

export function summarizeProfiles(files) {
  const byStage = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    for (const n of profile.nodes) unbundle(n.callFrame);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stageCache = new Map();
    const stage = (id) => {
      if (stageCache.has(id)) return stageCache.get(id);
      const n = nodes.get(id);
      const name = n.callFrame.functionName;
      let s = stageOf(n.callFrame.url);
      if (!s) {
        if (name === '(garbage collector)') s = 'garbage collection';
        else if (name === '(idle)') s = 'idle (waiting for work)';
        else if (name === '(program)') s = 'V8/native (program)';
        else s = parent.has(id) ? stage(parent.get(id)) : 'outside the pipeline';
      }
      stageCache.set(id, s);
      return s;
    };
    const self = new Map();
    for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    for (const [id, us] of self) {
      const ms = us / 1000;
      total += ms;
      const s = stage(id);
      byStage.set(s, (byStage.get(s) ?? 0) + ms);
      const { functionName, url, lineNumber } = nodes.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url ? `${short(url)}:${lineNumber + 1}` : ''}`.trim();
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { total, byStage: sorted(byStage), byFunction: sorted(byFunction) };
}
