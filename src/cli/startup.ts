// Start-up, for the command line and the worker threads.
// - Node's on-disk cache of compiled modules (Node 22.1 and later): the second
//   and later runs of the command line skip parsing and compiling most of the
//   code. Older Node versions have no such cache and start as before.
// (V8's regular-expression flags are not changed here: set after start-up,
// --no-regexp-tier-up saved about 70 ms on one article and crashed one run in
// thirty with a segmentation fault.)
import module from 'node:module';

export function enableCompileCache(): void {
  const m = module as { enableCompileCache?: () => unknown };
  try {
    m.enableCompileCache?.();
  } catch {
    /* a read-only or missing cache directory only costs speed */
  }
}
