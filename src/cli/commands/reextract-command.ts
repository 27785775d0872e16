import type { Command } from 'commander';
import { createMentionPipeline } from '../../extract/configuration.js';
import { extractorVersion } from '../../extract/extractor-version.js';
import { extractAndStore } from '../../kb/extract-and-store.js';
import { openStore } from '../../kb/sqlite/sqlite-knowledge-base.js';
import type { StoredArticle } from '../../store/article-repository.js';
import { EXIT } from '../exit-codes.js';
import { dbOption } from '../kb-options.js';
import { dbPath, parsePositiveInt } from '../options.js';
import { createProgress } from '../progress.js';

export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description(
      'extract stored articles again: those never extracted or extracted by another extractor version (all with --all); analyst edits are kept',
    )
    .addOption(dbOption())
    .option('--all', 'every article, whatever extracted it')
    .option('--batch-size <n>', 'articles per transaction', parsePositiveInt, 200)
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress, only problems')
    .action(
      async (flags: { db?: string; all?: boolean; batchSize: number; json?: boolean; quiet?: boolean }) => {
        const db = dbPath(flags.db);
        const store = openStore(db);
        const extractor = extractorVersion();
        const interval = Number(process.env.ARMSTRACE_PROGRESS_MS) || undefined;
        const progress = createProgress(process.stderr, !flags.quiet, interval, 'reextracting');
        const startedAt = performance.now();
        let extracted = 0;
        let failed = 0;
        let orphaned: { claimKey: string; status: string; editId: number }[] = [];
        try {
          const pending = store.knowledge.pending(extractor, flags.all ?? false);
          const pipeline = pending.length > 0 ? createMentionPipeline() : null;
          for (let i = 0; i < pending.length && pipeline; i += flags.batchSize) {
            const batch: StoredArticle[] = [];
            for (const { id, version } of pending.slice(i, i + flags.batchSize)) {
              const article = await store.articles.getArticle(id, version);
              if (article) batch.push(article);
            }
            const result = extractAndStore(store.knowledge, pipeline, batch, extractor);
            extracted += result.stored;
            for (const failure of result.failures) {
              failed++;
              progress.log(`error: extraction of article ${failure.id} failed: ${failure.message}`);
            }
            progress.update(
              `${extracted.toLocaleString('en')} of ${pending.length.toLocaleString('en')} articles, ${failed} failed`,
            );
          }
          orphaned = store.knowledge.reader.orphanedReviews();
        } finally {
          progress.done();
          await store.close();
        }
        const seconds = (performance.now() - startedAt) / 1000;
        if (flags.json)
          process.stdout.write(
            `${JSON.stringify({ db, extractor, extracted, failed, orphanedReviews: orphaned, seconds: Number(seconds.toFixed(3)) })}\n`,
          );
        else if (!flags.quiet || failed > 0)
          process.stderr.write(
            `re-extracted ${extracted.toLocaleString('en')} articles with ${extractor} in ${seconds.toFixed(1)}s, ${failed} failed → ${db}\n`,
          );
        if (orphaned.length > 0 && !flags.json)
          process.stderr.write(
            `note: ${orphaned.length} reviewed claims are no longer extracted (the extractor reads their sentences differently); their edits stay in the log and apply again if the claims return: ${orphaned
              .slice(0, 5)
              .map((o) => `${o.claimKey} (${o.status}, edit #${o.editId})`)
              .join(', ')}${orphaned.length > 5 ? ', …' : ''}\n`,
          );
        process.exitCode = failed > 0 ? EXIT.someFailed : EXIT.ok;
      },
    );
}
