import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * A synthetic corpus for benchmarks, generated from templates with a seeded generator so every run reads
 * the same text. Never committed: it is made fresh in a temporary folder.
 */

const SUPPLIERS = [
  'North Korea',
  'Russia',
  'Iran',
  'Belarus',
  'China',
  'Serbia',
  'Ukraine',
  'Bulgaria',
  'the United States',
  'France',
];
const RECIPIENTS = [
  'Hamas',
  'Hezbollah',
  'the Houthis',
  'Syria',
  'Myanmar',
  'Sudan',
  'Libyan militias',
  'Venezuela',
  'Eritrea',
  'Armenia',
];
const ITEMS = [
  'rockets',
  'anti-tank missiles',
  'surface-to-air missiles',
  'assault rifles',
  'artillery shells',
  'drones',
  'radar systems',
  'armoured vehicles',
  'communications equipment',
  'mortar rounds',
];
const BROKERS = [
  'a Lebanese-based trading company',
  'a Cyprus-registered shipping firm',
  'a Dubai logistics agent',
  'a front company in Hong Kong',
  'a Bulgarian arms dealer',
];
const PLACES = [
  'Bangkok airport',
  'the port of Latakia',
  'Subic Bay',
  'the Suez Canal',
  'Port Sudan',
  'Odessa',
  'Aqaba',
  'Limassol',
];
const SOURCES = [
  'security officials said',
  'according to a UN panel report',
  'diplomats told reporters',
  'the newspaper reported',
  'investigators confirmed',
];
const OUTLETS = ['Example Wire', 'Example Times', 'Example Defence Weekly', 'Example Monitor'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** mulberry32: small, fast, seeded. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle {
  id: string;
  title: string;
  published: string;
  outlet: string;
  text: string;
  year: number;
  month: number;
  day: number;
}

export function syntheticArticle(index: number): SyntheticArticle {
  const rand = generator(index * 7919 + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const supplier = pick(SUPPLIERS);
  const recipient = pick(RECIPIENTS);
  const item = pick(ITEMS);
  const year = 2000 + Math.floor(rand() * 25);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const tons = 5 + Math.floor(rand() * 95);
  const paragraphs = [
    `${recipient} is negotiating with ${supplier} for the delivery of ${item}, ${pick(SOURCES)} on ${MONTHS[month - 1]} ${day}, ${year}.`,
    `The deal is worth ${1 + Math.floor(rand() * 900)} million dollars and is being handled by ${pick(BROKERS)} with close ties to ${recipient}.`,
    `In ${year - 1 - Math.floor(rand() * 5)}, ${tons} tons of ${pick(ITEMS)} were intercepted at ${pick(PLACES)} on their way to ${pick(RECIPIENTS)}, ${pick(SOURCES)}.`,
    `${supplier} has denied supplying weapons to ${recipient}. Officials said further shipments of ${pick(ITEMS)} could follow if the two sides agree on payment.`,
  ];
  // Vary the length: some articles carry extra background paragraphs.
  for (let extra = Math.floor(rand() * 4); extra > 0; extra--) {
    paragraphs.push(
      `Background ${extra}: ${pick(SUPPLIERS)} has supplied ${pick(ITEMS)} to ${pick(RECIPIENTS)} through ${pick(BROKERS)} since ${year - 10}, ${pick(SOURCES)}.`,
    );
  }
  return {
    id: `synthetic-${index}`,
    title: `${recipient} seeks ${item} from ${supplier} (${index})`,
    published: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    outlet: pick(OUTLETS),
    text: paragraphs.join('\n\n'),
    year,
    month,
    day,
  };
}

/** Writes `count` articles as JSONL, streaming, and returns the file's size in bytes. */
export async function writeJsonlCorpus(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { id, title, published, outlet, text } = syntheticArticle(i);
    const line = `${JSON.stringify({ id, title, published, outlet, text })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** Writes `count` articles in the seed's raw dump format, one file each, and returns their total size. */
export async function writeDumpCorpus(dir: string, count: number, offset: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(offset + i);
    const weekday = new Date(Date.UTC(a.year, a.month - 1, a.day)).toLocaleDateString('en-US', {
      weekday: 'long',
      timeZone: 'UTC',
    });
    const body = a.text.split('\n\n').join('\n\u00a0 \u00a0 \u00a0\n');
    const content = `${a.title} ${9000000 + i}\n\na\n\nDefence & Security News - Synthetic\n\n\u00a0\n${weekday}, ${MONTHS[a.month - 1]} ${a.day}, ${a.year} 10:15 AM\n\u00a0\n${a.title}.\n${body}`;
    bytes += Buffer.byteLength(content);
    await writeFile(join(dir, `${String(i).padStart(6, '0')}.txt`), content);
  }
  return bytes;
}
