import { type Command, Option } from 'commander';
import { evaluateGoldDir } from '../../eval/evaluate.js';
import { EXIT } from '../exit-codes.js';
import { parseFraction } from '../options.js';
import { checkFloor, evalJson, renderEvalReport } from '../render-eval.js';

interface EvalFlags {
  corpusRoot?: string;
  format: 'text' | 'json';
  minF1?: number;
  minPrecision?: number;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the extracted claims against gold annotation files (*.gold.json)')
    .argument('<gold-dir>', 'directory of *.gold.json files')
    .option(
      '--corpus-root <dir>',
      'what gold article.file paths are relative to (default: the parent of gold-dir)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--min-f1 <x>', `exit ${EXIT.belowFloor} when the total F1 is below x (0..1)`, parseFraction)
    .option(
      '--min-precision <x>',
      `exit ${EXIT.belowFloor} when the total precision is below x (0..1)`,
      parseFraction,
    )
    .action(async (goldDir: string, flags: EvalFlags) => {
      const report = await evaluateGoldDir(
        goldDir,
        flags.corpusRoot === undefined ? {} : { corpusRoot: flags.corpusRoot },
      );
      for (const e of report.errors) process.stderr.write(`error: ${e.file}: ${e.message}\n`);
      const floor = checkFloor(report, flags.minF1, flags.minPrecision);
      if (flags.format === 'json')
        process.stdout.write(`${JSON.stringify(evalJson(report, floor), null, 2)}\n`);
      else process.stdout.write(renderEvalReport(report));
      for (const failure of floor.failures) process.stderr.write(`below the floor: ${failure}\n`);
      // Failed gold files or articles first: scores over part of the gold do not say much about a floor.
      process.exitCode =
        report.errors.length > 0 ? EXIT.someFailed : floor.failures.length > 0 ? EXIT.belowFloor : EXIT.ok;
    });
}
