#!/usr/bin/env node
// The command line (CONTRACT.md): press-extract extract <input>... --out <dir>
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';

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
  .addHelpText(
    'after',
    `
Examples:
  press-extract extract seeds --out out
  press-extract extract news/*.html feed.jsonl --out data
  cat article.txt | press-extract extract - --stdout
  press-extract extract seeds --out out --check

Exit status: 0 when every input was processed, 1 when some input could not be
read or parsed (the others are still written) or --check found differences,
2 on a usage error.`,
  )
  .action(extractCommand);

program.command('schema').description('print the JSON Schema of records and of the dataset').action(schemaCommand);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`press-extract: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
