import { type Command, Option } from 'commander';
import { NotFoundError } from '../../core/errors.js';
import { exportCsv } from '../../export/csv-export.js';
import type { ActorProfile, KnowledgeReader } from '../../kb/sqlite/kb-reader.js';
import { dbOption, openForQuestions, resolveActor } from '../kb-options.js';
import {
  ASSERTION_HEADERS,
  assertionRow,
  partiesOf,
  renderCsv,
  renderTable,
  withNames,
} from '../kb-render.js';
import { parsePositiveInt } from '../options.js';

/** Profile sections in reading order: what the actor sends, receives, brokers, then force, ties, sanctions. */
const SECTIONS: readonly [string, string][] = [
  ['supplier', 'Supplies (out): to whom, how far'],
  ['recipient', 'Receives (in): from whom, how far'],
  ['intermediary', 'Intermediary in'],
  ['end_user', 'End user of'],
  ['interdictor', 'Interdicted'],
  ['seizer', 'Seized'],
  ['attacker', 'Attacks'],
  ['attacked', 'Attacked by'],
  ['tie', 'Ties'],
  ['sanctioner', 'Sanctions imposed or lifted on'],
  ['sanctioned', 'Sanctioned by'],
];

export function registerActor(program: Command): void {
  program
    .command('actor')
    .description(
      'profile of an actor: aliases, transfers in and out by counterpart and stage, ties, attacks, sanctions, timeline, sources',
    )
    .argument('<name>', 'a name, alias or id (e.g. "North Korea", DPRK, state:PRK)')
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'output format (csv: one row per counterpart, role and stage)')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .option('--timeline <n>', 'latest assertions to show', parsePositiveInt, 15)
    .action(
      async (name: string, flags: { db?: string; format: 'table' | 'json' | 'csv'; timeline: number }) => {
        const store = openForQuestions(flags.db);
        try {
          const reader = store.knowledge.reader;
          const entity = resolveActor(reader, name);
          const profile = reader.profile(entity.id, flags.timeline);
          if (!profile) throw new NotFoundError(`no actor ${entity.id}`);
          const nameOf = (id: string) => reader.nameOf(id);
          if (flags.format === 'csv') {
            process.stdout.write(
              renderCsv(
                [
                  'actor',
                  'actor_id',
                  'role',
                  'counterpart',
                  'counterpart_id',
                  'type',
                  'stage',
                  'firmest_modality',
                  'assertions',
                  'independent_sources',
                ],
                Object.entries(profile.links).flatMap(([role, links]) =>
                  links.map((l) => [
                    entity.name,
                    entity.id,
                    role,
                    l.counterpartName,
                    l.counterpart,
                    l.type,
                    l.stage,
                    l.modality,
                    l.assertions,
                    l.independent,
                  ]),
                ),
              ),
            );
            return;
          }
          process.stdout.write(
            flags.format === 'json'
              ? `${JSON.stringify({ ...profile, timeline: withNames(profile.timeline, nameOf) }, null, 2)}\n`
              : renderProfile(profile, reader),
          );
        } finally {
          await store.close();
        }
      },
    );

  program
    .command('timeline')
    .description('the assertions an actor takes part in, in time order')
    .argument('<name>', 'a name, alias or id')
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'),
    )
    .option('--limit <n>', 'at most this many (latest)', parsePositiveInt, 100)
    .action(async (name: string, flags: { db?: string; format: 'table' | 'json' | 'csv'; limit: number }) => {
      const store = openForQuestions(flags.db);
      try {
        const reader = store.knowledge.reader;
        const entity = resolveActor(reader, name);
        const nameOf = (id: string) => reader.nameOf(id);
        if (flags.format === 'csv') {
          process.stdout.write(
            exportCsv(reader.snapshot({ involving: entity.id, limit: flags.limit }), { types: 'all' }),
          );
          return;
        }
        // Oldest first: a timeline reads forward.
        const items = reader.timeline(entity.id, flags.limit).reverse();
        process.stdout.write(
          flags.format === 'json'
            ? `${JSON.stringify({ entity: { id: entity.id, name: entity.name }, ...withNames(items, nameOf) }, null, 2)}\n`
            : `${entity.name} (${entity.id}): ${items.length} assertions, oldest first\n\n${renderTable(
                ASSERTION_HEADERS,
                items.map((a) => assertionRow(a, nameOf)),
              )}`,
        );
      } finally {
        await store.close();
      }
    });

  program
    .command('assertion')
    .description('one assertion with every claim, its article, evidence and sources')
    .argument('<id>', 'an assertion id (a:…)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (id: string, flags: { db?: string; format: 'table' | 'json' }) => {
      const store = openForQuestions(flags.db);
      try {
        const reader = store.knowledge.reader;
        const assertion = reader.assertion(id);
        if (!assertion) throw new NotFoundError(`no assertion ${id}`);
        if (flags.format === 'json') {
          process.stdout.write(`${JSON.stringify(assertion, null, 2)}\n`);
          return;
        }
        const nameOf = (x: string) => reader.nameOf(x);
        const { claims, ...body } = assertion;
        const out = [
          `${assertion.id}  ${assertion.type}${assertion.stage ? ` (${assertion.stage})` : ''}: ${partiesOf(body, nameOf)}`,
          `  modality ${assertion.modality.all.join(', ')}${assertion.contradicted ? ' — CONTRADICTED' : ''} · review: ${assertion.review}`,
          `  credibility ${assertion.credibility.rating} (${assertion.credibility.score.toFixed(2)}): ${assertion.credibility.why}`,
          `  sources: ${assertion.sources.independent} independent; outlets ${assertion.sources.outlets.map((o) => `${o.outlet} [${o.grade}]`).join(', ')}`,
          ...(assertion.sources.attributed.length
            ? [
                `  attributed to: ${assertion.sources.attributed.map((s) => `${s.text} (${s.kind})`).join('; ')}`,
              ]
            : []),
          '',
          ...claims.flatMap((c) => [
            `  ${c.key}  ${c.published ?? '—'} ${c.outlet ?? '—'} (story ${c.storyId})  ${c.claim.modality}${c.review !== 'unreviewed' ? ` [${c.review}]` : ''}`,
            ...c.evidence.map((e) => `    > ${e.field === 'title' ? '[headline] ' : ''}${e.text}`),
          ]),
          '',
        ];
        process.stdout.write(out.join('\n'));
      } finally {
        await store.close();
      }
    });
}

function renderProfile(p: ActorProfile, reader: KnowledgeReader): string {
  const e = p.entity;
  const nameOf = (id: string) => reader.nameOf(id);
  const aliases = e.aliases
    .filter((a) => a.source !== 'gazetteer' || a.alias !== e.name)
    .slice(0, 12)
    .map((a) => `${a.alias}${a.source === 'article' ? ` ×${a.articles}` : ` (${a.source})`}`);
  const out = [
    `${e.name}  (${e.id}; ${e.type.replace('_', ' ')}${e.country ? `; ${e.country}` : ''})  named in ${p.articles} articles`,
    `aliases: ${aliases.join(', ') || '—'}`,
  ];
  if (e.mergedFrom.length) out.push(`merged from: ${e.mergedFrom.join(', ')}`);
  for (const [role, title] of SECTIONS) {
    const links = p.links[role];
    if (!links?.length) continue;
    out.push(
      '',
      `${title}:`,
      renderTable(
        ['counterpart', 'type', 'stage', 'firmest', 'assertions', 'sources'],
        links.map((l) => [
          l.counterpartName,
          l.type,
          l.stage || '—',
          l.modality,
          String(l.assertions),
          String(l.independent),
        ]),
        60,
      ).trimEnd(),
    );
  }
  if (p.timeline.length) {
    out.push(
      '',
      `Latest ${p.timeline.length}:`,
      renderTable(
        ASSERTION_HEADERS,
        p.timeline.map((a) => assertionRow(a, nameOf)),
      ).trimEnd(),
    );
  }
  if (p.outlets.length)
    out.push('', `Sources: ${p.outlets.map((o) => `${o.outlet} (${o.assertions})`).join(', ')}`);
  return `${out.join('\n')}\n`;
}
