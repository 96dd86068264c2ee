// Start-up time: a value that costs something to make (a word list, model
// weights, a parsed data file) is made on first use, once per thread, never at
// import time. Use it for any data an extractor loads:
//
//   const weights = lazy(() => JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as Weights);
//   ... weights().bias ...
//
// The module that holds it then costs nothing to import, and a run that never
// reaches that extractor never pays for its data.

/** A function that makes the value on its first call and returns the same value afterwards. */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
