import { type Command, Option } from 'commander';
import { evaluateRe3d } from '../../eval/re3d/evaluate.js';
import { EXIT } from '../exit-codes.js';
import { parsePositiveInt } from '../options.js';
import { entityEvalJson, renderEntityEval } from '../render-eval-entities.js';

interface EvalEntitiesFlags {
  format: 'table' | 'json';
  includeDoubtful?: boolean;
  top: number;
}

export function registerEvalEntities(program: Command): void {
  program
    .command('eval-entities')
    .description("score the mention layer's entities, times and amounts against re3d gold (Dstl)")
    .argument('<dir>', 'a re3d subset folder (documents.json, entities.json) or a folder of them')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--include-doubtful', 'also score gold entities re3d gives confidence 0')
    .option('--top <n>', 'how many strings each error list shows', parsePositiveInt, 25)
    .action((dir: string, flags: EvalEntitiesFlags) => {
      const report = evaluateRe3d(dir, { includeDoubtful: flags.includeDoubtful ?? false, top: flags.top });
      for (const p of report.problems) process.stderr.write(`error: ${p.file}: ${p.message}\n`);
      for (const m of report.offsetMismatches)
        process.stderr.write(`error: mention offsets do not map back to the re3d text: ${m}\n`);
      if (flags.format === 'json')
        process.stdout.write(`${JSON.stringify(entityEvalJson(report), null, 2)}\n`);
      else process.stdout.write(renderEntityEval(report));
      // Left-out files or mentions: the scores cover only part of the gold, as with `eval`.
      process.exitCode =
        report.problems.length > 0 || report.offsetMismatches.length > 0 ? EXIT.someFailed : EXIT.ok;
    });
}
