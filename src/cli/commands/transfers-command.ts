import { type Command, Option } from 'commander';
import { exportCsv } from '../../export/csv-export.js';
import { addFilterOptions, dbOption, type FilterFlags, filterOf, openForQuestions } from '../kb-options.js';
import { ASSERTION_HEADERS, assertionRow, renderTable, withNames } from '../kb-render.js';
import { parseNonNegativeInt, parsePositiveInt } from '../options.js';

interface TransfersFlags extends FilterFlags {
  db?: string;
  format: 'table' | 'json' | 'csv';
  limit: number;
  offset: number;
}

export function registerTransfers(program: Command): void {
  const command = program
    .command('transfers')
    .description('arms transfers across all stored articles (assertions), latest first, with filters')
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .option('--limit <n>', 'at most this many', parsePositiveInt, 50)
    .option('--offset <n>', 'skip this many', parseNonNegativeInt, 0);
  addFilterOptions(command).action(async (flags: TransfersFlags) => {
    const store = openForQuestions(flags.db);
    try {
      const reader = store.knowledge.reader;
      const filter = {
        ...filterOf(reader, flags, ['arms_transfer']),
        limit: flags.limit,
        offset: flags.offset,
      };
      const nameOf = (id: string) => reader.nameOf(id);
      if (flags.format === 'csv') {
        process.stdout.write(exportCsv(reader.snapshot(filter)));
        return;
      }
      const page = reader.assertions(filter);
      if (flags.format === 'json') {
        process.stdout.write(
          `${JSON.stringify({ total: page.total, totalIsLowerBound: page.totalIsLowerBound, ...withNames(page.assertions, nameOf) }, null, 2)}\n`,
        );
        return;
      }
      if (page.assertions.length === 0) {
        process.stdout.write('no transfers match\n');
        return;
      }
      const total = `${page.total.toLocaleString('en')}${page.totalIsLowerBound ? '+' : ''}`;
      process.stdout.write(
        `${total} transfers; showing ${flags.offset + 1}–${flags.offset + page.assertions.length}\n\n` +
          renderTable(
            ASSERTION_HEADERS,
            page.assertions.map((a) => assertionRow(a, nameOf)),
          ),
      );
    } finally {
      await store.close();
    }
  });
}
