import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Command, Option } from 'commander';
import { exportCsv } from '../../export/csv-export.js';
import { exportFtm } from '../../export/ftm-export.js';
import { exportGexf } from '../../export/gexf-export.js';
import { exportGraphml } from '../../export/graphml-export.js';
import { exportJson } from '../../export/json-export.js';
import { exportStix } from '../../export/stix-export.js';
import type { KbSnapshot } from '../../kb/model.js';
import {
  addFilterOptions,
  dbOption,
  type FilterFlags,
  filterOf,
  openForQuestions,
  typeOption,
} from '../kb-options.js';

const EXPORTERS = {
  csv: (s: KbSnapshot, all: boolean) => exportCsv(s, all ? { types: 'all' } : {}),
  json: (s: KbSnapshot) => exportJson(s),
  graphml: (s: KbSnapshot) => exportGraphml(s),
  gexf: (s: KbSnapshot) => exportGexf(s),
  stix: (s: KbSnapshot) => exportStix(s),
  ftm: (s: KbSnapshot) => exportFtm(s),
} as const;
type ExportFormat = keyof typeof EXPORTERS;

interface ExportFlags extends FilterFlags {
  db?: string;
  format: ExportFormat;
  output?: string;
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description(
      'export assertions with their evidence: csv (SIPRI trade-register style), json, graphml and gexf (Gephi), stix (STIX 2.1 bundle), ftm (FollowTheMoney JSON lines for Aleph)',
    )
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'export format').choices(Object.keys(EXPORTERS)).makeOptionMandatory(),
    )
    .addOption(typeOption())
    .option('-o, --output <file>', 'write to this file instead of stdout');
  addFilterOptions(command).action(async (flags: ExportFlags) => {
    const store = openForQuestions(flags.db);
    let text: string;
    try {
      const reader = store.knowledge.reader;
      // CSV is the transfer register unless types are asked for; the other formats carry every type.
      const snapshot = reader.snapshot(
        filterOf(reader, flags, flags.format === 'csv' ? ['arms_transfer'] : undefined),
      );
      text = EXPORTERS[flags.format](snapshot, (flags.type?.length ?? 0) > 0);
      process.stderr.write(
        `exported ${snapshot.assertions.length} assertions, ${snapshot.entities.length} entities as ${flags.format}\n`,
      );
    } finally {
      await store.close();
    }
    if (!flags.output) {
      process.stdout.write(text);
      return;
    }
    const out = createWriteStream(flags.output);
    out.end(text);
    await once(out, 'finish');
  });
}
