/*
 * How the mention layer does on Dstl's re3d entity gold (../shared/data/re3d-dev: analyst-annotated Syria
 * and Iraq documents). Runs the pipeline on each document's text and reports, per re3d type, recall (gold
 * spans overlapped by a prediction of a compatible type) and precision (predictions overlapping a gold span
 * of a compatible type). Lenient overlap matching, since re3d marks descriptions ("U.S. service members")
 * and roles ("Foreign Office Minister") as entities where we mark the name inside.
 *
 *   npx tsx scripts/eval-re3d.ts [path-to-shared]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMentionPipeline } from '../src/extract/configuration.js';
import { runPipeline } from '../src/extract/pipeline.js';
import type { Mention } from '../src/extract/types.js';

const shared = process.argv[2] ?? '../shared';
const root = join(shared, 'data/re3d-dev');
if (!existsSync(root)) {
  console.error(`no re3d data at ${root}`);
  process.exit(2);
}

interface GoldEntity {
  documentId: string;
  begin: number;
  end: number;
  type: string;
  value: string;
  confidence: number;
}

// Which re3d types each of our mentions may stand for.
function re3dTypes(m: Mention): string[] {
  if (m.kind === 'time') return ['Temporal'];
  if (m.kind === 'amount') return m.measure === 'money' ? ['Money'] : ['Quantity'];
  switch (m.type) {
    case 'state':
      return m.via === 'demonym' ? ['Nationality', 'Location'] : ['Location', 'Organisation'];
    case 'location':
      return ['Location'];
    case 'person':
      return ['Person'];
    case 'weapon':
      return ['Weapon', 'MilitaryPlatform', 'Vehicle'];
    default:
      return ['Organisation'];
  }
}

const readLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const pipeline = createMentionPipeline();
const stats = new Map<string, { gold: number; found: number; predicted: number; correct: number }>();
const stat = (type: string) => {
  if (!stats.has(type)) stats.set(type, { gold: 0, found: 0, predicted: 0, correct: 0 });
  return stats.get(type) as { gold: number; found: number; predicted: number; correct: number };
};

for (const subset of ['UK Government', 'Wikipedia']) {
  const docs = readLines<{ _id: string; text: string }>(join(root, subset, 'documents.json'));
  const gold = readLines<GoldEntity>(join(root, subset, 'entities.json')).filter((g) => g.confidence > 0);
  for (const doc of docs) {
    const mentions = runPipeline(pipeline, { id: doc._id, text: doc.text, published: null }).mentions;
    const docGold = gold.filter((g) => g.documentId === doc._id);
    const overlaps = (m: Mention, g: GoldEntity) => m.start < g.end && g.begin < m.end;
    for (const g of docGold) {
      const s = stat(g.type);
      s.gold++;
      if (mentions.some((m) => overlaps(m, g) && re3dTypes(m).includes(g.type))) s.found++;
    }
    for (const m of mentions) {
      const type = re3dTypes(m)[0] as string;
      const s = stat(type);
      s.predicted++;
      if (docGold.some((g) => overlaps(m, g) && re3dTypes(m).includes(g.type))) s.correct++;
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   —' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);
console.log('re3d type          gold  recall   ours  precision');
for (const [type, s] of [...stats.entries()].sort((a, b) => b[1].gold - a[1].gold)) {
  console.log(
    `${type.padEnd(17)} ${String(s.gold).padStart(5)}  ${pct(s.found, s.gold)}  ${String(s.predicted).padStart(5)}  ${pct(s.correct, s.predicted)}`,
  );
}
