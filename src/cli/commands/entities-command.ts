import { type Command, Option } from 'commander';
import { ENTITY_TYPES } from '../../extract/gazetteer/entry.js';
import { suggestMerges } from '../../kb/name-similarity.js';
import { dbOption, openForQuestions } from '../kb-options.js';
import { renderTable } from '../kb-render.js';
import { parsePositiveInt } from '../options.js';

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('find entities by name or alias, or (--suggest) list look-alike names that may be one actor')
    .argument('[query]', 'a name, alias or id (substring match)')
    .addOption(dbOption())
    .option(
      '--suggest',
      'merge suggestions for names the gazetteer does not know; nothing is merged (see review merge)',
    )
    .addOption(new Option('--type <type>', 'only this entity type').choices(ENTITY_TYPES))
    .option('--min-score <x>', 'weakest suggestion to show (0–1)', Number, 0.6)
    .option('--limit <n>', 'at most this many', parsePositiveInt, 30)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(
      async (
        query: string | undefined,
        flags: {
          db?: string;
          suggest?: boolean;
          type?: string;
          minScore: number;
          limit: number;
          format: 'table' | 'json';
        },
      ) => {
        const store = openForQuestions(flags.db);
        try {
          const reader = store.knowledge.reader;
          if (flags.suggest) {
            const entities = reader.unlistedEntities().filter((e) => !flags.type || e.type === flags.type);
            const names = new Map(entities.map((e) => [e.id, e.name]));
            const suggestions = suggestMerges(entities, { minScore: flags.minScore }).slice(0, flags.limit);
            process.stdout.write(
              flags.format === 'json'
                ? `${JSON.stringify(suggestions, null, 2)}\n`
                : suggestions.length === 0
                  ? 'no look-alike names\n'
                  : renderTable(
                      ['keep', 'merge?', 'score', 'why', 'command'],
                      suggestions.map((s) => [
                        names.get(s.a) ?? s.a,
                        names.get(s.b) ?? s.b,
                        s.score.toFixed(2),
                        s.reasons.join('; '),
                        `armstrace review merge ${s.b} ${s.a} --why "…"`,
                      ]),
                      120,
                    ),
            );
            return;
          }
          const found = reader
            .findEntities(query ?? '', flags.limit)
            .filter((e) => !flags.type || e.type === flags.type);
          process.stdout.write(
            flags.format === 'json'
              ? `${JSON.stringify(found, null, 2)}\n`
              : renderTable(
                  ['id', 'name', 'type', 'country', 'aliases'],
                  found.map((e) => [
                    e.id,
                    e.name,
                    e.type,
                    e.country ?? '',
                    e.aliases
                      .filter((a) => a.source !== 'gazetteer')
                      .map((a) => a.alias)
                      .join(', '),
                  ]),
                  60,
                ),
          );
        } finally {
          await store.close();
        }
      },
    );
}
