#!/usr/bin/env node
// The command line (CONTRACT.md): press-extract extract <input>... --out <dir>
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ExportFlags } from './export.js';
import type { ExtractFlags } from './extract.js';
import type { ReviewFlags } from './review.js';
import type { SchemaFlags } from './schema.js';
import { enableCompileCache } from './startup.js';
import type { WorkerFlags } from './worker.js';

// Start-up time matters (one article through a shell pipeline): each command loads its own
// modules when it runs, so that `extract` never loads the queue, review or export code.
enableCompileCache();

const program = new Command()
  .name('press-extract')
  .description('Turn press releases and business news into structured, validated JSON records.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'press-extract: ')) });

const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expects a whole number of at least 1');
  return n;
};

program
  .command('extract')
  .description('extract records from articles and write records.jsonl and dataset.json')
  .argument('<input...>', 'files or directories (walked recursively); "-" reads one article from standard input')
  .option('-o, --out <dir>', 'output directory')
  .option('--stdout', 'write records as JSON Lines to standard output instead of files')
  .option(
    '-p, --pipeline <name>',
    'pipeline name from pipelines/ or a path to a pipeline JSON file (default: newswire for .sgm, news otherwise)',
  )
  .option('--check', 'write nothing; exit 1 when <dir> is not what this version would write')
  .option('--max-bytes <n>', 'largest article accepted, in characters', positiveInt)
  .option('-q, --quiet', 'no progress or summary on standard error')
  .option('-v, --verbose', 'also name each part skipped on purpose (EDGAR forms, XBRL, graphics; title-only items)')
  .option(
    '-j, --jobs <n>',
    'worker threads (default: one, more up to the number of cores while they raise the throughput; small inputs run without); output does not depend on it',
    positiveInt,
  )
  .option('--timeout-ms <ms>', 'time limit per article; a slower one becomes an error (default: 2000)', positiveInt)
  .option('--cache <dir>', 'reuse the records of unchanged articles from <dir>, and store new ones there')
  .option(
    '--queue <url>',
    'run the articles on "press-extract worker" processes sharing this Redis (redis://HOST:PORT); same output',
  )
  .addHelpText(
    'after',
    `
Examples:
  press-extract extract seeds --out out
  press-extract extract news/*.html feed.jsonl --out data
  cat article.txt | press-extract extract - --stdout
  press-extract extract seeds --out out --check
  press-extract extract corpus --out data --jobs 2 --cache .press-extract-cache

Exit status: 0 when every input was processed, 1 when some input could not be
read or parsed (the others are still written) or --check found differences,
2 on a usage error.`,
  )
  .action(async (inputs: string[], flags: ExtractFlags) =>
    (await import('./extract.js')).extractCommand(inputs, flags),
  );

program
  .command('review')
  .description('write one self-contained HTML page to review the records of an output directory')
  .argument('<out-dir>', 'a directory written by "press-extract extract --out"')
  .option('--html <file>', 'the page to write (default: <out-dir>/review.html)')
  .option('--title <text>', 'the page title')
  .option('-q, --quiet', 'no summary on standard error')
  .addHelpText(
    'after',
    `
Examples:
  press-extract review out
  press-extract review out --html report.html --title "Week 12 deals"

The page needs no server and makes no network request: open it in a browser.
Exit status: 0 when the page was written, 2 on a usage error or when <out-dir>
holds no readable records.jsonl and dataset.json.`,
  )
  .action(async (dir: string, flags: ReviewFlags) => (await import('./review.js')).reviewCommand(dir, flags));

program
  .command('export')
  .description('write the records and dataset of an output directory as CSV or JSON Lines files')
  .argument('<out-dir>', 'a directory written by "press-extract extract --out"')
  .addOption(new Option('-f, --format <format>', 'file format').choices(['csv', 'jsonl']).default('csv'))
  .option('--to <dir>', 'where to write the files (default: <out-dir>)')
  .option('-q, --quiet', 'no summary on standard error')
  .addHelpText(
    'after',
    `
Examples:
  press-extract export out --format csv
  press-extract export out --format jsonl --to exports

csv writes deals.csv (one row per deal party), organizations.csv and people.csv
(one row per role), RFC 4180 quoting and CRLF line ends. jsonl writes one file
per entity type: organizations, people, deals (across articles), article-deals,
locations, dates, amounts, quotes and duplicates.
Exit status: 0 when the files were written, 2 on a usage error or when <out-dir>
holds no readable records.jsonl and dataset.json.`,
  )
  .action(async (dir: string, flags: ExportFlags) => (await import('./export.js')).exportCommand(dir, flags));

program
  .command('worker')
  .description('run articles submitted with "extract --queue" on this machine, until stopped')
  .requiredOption('--queue <url>', 'the Redis the collector submits to (redis://HOST:PORT[/DB])')
  .option('-c, --concurrency <n>', 'articles at once, one worker thread each (default: number of cores)', positiveInt)
  .option(
    '--timeout-ms <ms>',
    'time limit per article; a slower one is retried, then becomes an error (default: 2000)',
    positiveInt,
  )
  .option('--lock-ms <ms>', "how soon a dead worker's jobs go to another worker (default: 15000)", positiveInt)
  .option('-q, --quiet', 'no messages on standard error')
  .addHelpText(
    'after',
    `
Examples:
  press-extract worker --queue redis://10.0.0.5:6379
  press-extract worker --queue redis://10.0.0.5:6379 --concurrency 8

Start as many workers as you like, on any machine that reaches the Redis and
has the same build of press-extract (workers of another build use another
queue). Exit status: 0 after SIGINT or SIGTERM, 2 when Redis cannot be reached.`,
  )
  .action(async (flags: WorkerFlags) => (await import('./worker.js')).workerCommand(flags));

program
  .command('schema')
  .description('print the JSON Schema of records and of the dataset')
  .addOption(
    new Option('--part <part>', 'print only the schema of one record or of the dataset').choices(['record', 'dataset']),
  )
  .addHelpText(
    'after',
    `
Examples:
  press-extract schema > press-extract.schema.json
  press-extract schema --part record

The same schema ships in the package as schema/press-extract.schema.json
(import it as "press-extract/schema.json").`,
  )
  .action(async (flags: SchemaFlags) => (await import('./schema.js')).schemaCommand(flags));

// No top-level await: the bundle of this module also runs as a script (see scripts/bundle.mjs).
program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`press-extract: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
});
