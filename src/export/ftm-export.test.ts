import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { evidenceLink } from './evidence-link.js';
import { buildFtmEntities, exportFtm, type FtmEntity, ftmId } from './ftm-export.js';
import { ALL_EVIDENCE, COMPANY_NAME, DELIVERY, reordered, SNAPSHOT } from './test-snapshot.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.ARMSTRACE_SHARED ?? path.resolve(REPO, '../shared');
const FTM_SCHEMA_DIR = path.join(SHARED, 'data/followthemoney-schema');

const entities = buildFtmEntities(SNAPSHOT);
const byId = new Map(entities.map((e) => [e.id, e]));
const entityOf = (armstraceId: string) => byId.get(ftmId('entity', armstraceId));
const eventOf = (assertionId: string) => byId.get(ftmId('assertion', assertionId)) as FtmEntity;
const ofSchema = (schema: string) => entities.filter((e) => e.schema === schema);

describe('exportFtm', () => {
  it('writes one JSON entity per line, ids FtM accepts and unique', () => {
    const lines = exportFtm(SNAPSHOT).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(entities);
    for (const e of entities) {
      expect(e.id).toMatch(/^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/);
      for (const values of Object.values(e.properties)) {
        expect(values.length).toBeGreaterThan(0);
        for (const v of values) expect(typeof v === 'string' && v.length > 0).toBe(true);
      }
    }
    expect(byId.size).toBe(entities.length);
  });

  it('maps actors to FtM legal entities with lower-case alpha-2 countries, and places and weapons to none', () => {
    expect(entityOf('state:PRK')).toMatchObject({
      schema: 'PublicBody',
      properties: { name: ['North Korea'], alias: ['DPRK'], country: ['kp'] },
    });
    expect(entityOf('group:hamas')).toMatchObject({
      schema: 'Organization',
      properties: { country: ['ps'] },
    });
    expect(entityOf('company:al-noor')).toMatchObject({
      schema: 'Company',
      properties: { name: [COMPANY_NAME], country: ['lb'] },
    });
    expect(entityOf('person:kim-sang-ho')?.schema).toBe('Person');
    expect(entityOf('place:beirut')).toBeUndefined();
    expect(entityOf('weapon:fajr-5')).toBeUndefined();
  });

  it('makes each assertion an Event involving every party, dated, placed and proven by its articles', () => {
    expect(ofSchema('Event')).toHaveLength(SNAPSHOT.assertions.length);
    expect(eventOf(DELIVERY.id).properties).toMatchObject({
      name: [`Arms transfer (delivery): North Korea → Hamas via ${COMPANY_NAME}`],
      involved: [
        ftmId('entity', 'state:PRK'),
        ftmId('entity', 'group:hamas'),
        ftmId('entity', 'company:al-noor'),
      ],
      startDate: ['2014-07-01'],
      endDate: ['2014-07-31'],
      location: ['Beirut'],
      country: ['lb'],
      keywords: ['Fajr-5', 'rockets', 'communications'],
      proof: [ftmId('article', 'art-1'), ftmId('article', 'art-2')],
      sourceUrl: ['https://example.org/news/1?a=1&b=2'],
      recordId: [DELIVERY.id],
      notes: DELIVERY.claims.flatMap((c) => c.evidence.map(evidenceLink)),
    });
    expect(eventOf(DELIVERY.id).properties.description?.[0]).toContain(`Via: ${COMPANY_NAME}.`);
    expect(eventOf('asr-agreement-2').properties.summary?.[0]).toContain('(weakest: denied), contradicted');
    expect(eventOf('asr-attack-3').properties).toMatchObject({
      date: ['2014-07-17'],
      name: ['Attack: Hamas → Israel'],
    });
    expect(eventOf('asr-ties-4').properties.name).toEqual(['Ties: Hamas – North Korea']);
  });

  it('makes each evidence span a Note on its event, with the sentence, the article and the link', () => {
    const notes = ofSchema('Note');
    expect(notes).toHaveLength(ALL_EVIDENCE.length);
    for (const ref of ALL_EVIDENCE) {
      const note = notes.find((n) => n.properties.notes?.[0] === evidenceLink(ref));
      expect(note?.properties.description).toEqual([ref.text]);
      expect(note?.properties.proof).toEqual([ftmId('article', ref.articleId)]);
      const assertion = SNAPSHOT.assertions.find((a) => a.claims.some((c) => c.evidence.includes(ref)));
      expect(note?.properties.entity).toEqual([ftmId('assertion', assertion?.id ?? '')]);
    }
    const headline = notes.find((n) => n.properties.notes?.[0]?.includes('field=title'));
    expect(headline?.properties.summary).toEqual(['reported: security officials']);
  });

  it('makes each article an Article with its publisher, date and URL where known', () => {
    expect(ofSchema('Article').map((a) => a.properties)).toEqual([
      {
        name: ['The Telegraph, article art-1'],
        publisher: ['The Telegraph'],
        publishedAt: ['2014-07-27'],
        sourceUrl: ['https://example.org/news/1?a=1&b=2'],
        notes: ['armstrace:article/art-1?v=2'],
      },
      expect.not.objectContaining({ sourceUrl: expect.anything() }),
      expect.objectContaining({ publishedAt: ['2015-03-01'] }),
      expect.objectContaining({ sourceUrl: ['https://example.org/news/4'] }),
    ]);
  });

  it('is the same for the same knowledge base, whatever its order', () => {
    expect(exportFtm(reordered(SNAPSHOT))).toBe(exportFtm(SNAPSHOT));
  });
});

// ------------------------------------------------------------------------------------ schema validation

interface PropertyDef {
  readonly type?: string;
  readonly range?: string;
}
interface SchemaDef {
  readonly extends?: string[];
  readonly abstract?: boolean;
  readonly required?: string[];
  readonly properties?: Record<string, PropertyDef>;
}

function loadModel(dir: string): Map<string, SchemaDef> {
  const model = new Map<string, SchemaDef>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')))
    for (const [name, def] of Object.entries(parseYaml(readFileSync(path.join(dir, file), 'utf8')) as object))
      model.set(name, def as SchemaDef);
  return model;
}

/** The schema and every schema it extends, nearest first. */
function lineage(model: ReadonlyMap<string, SchemaDef>, name: string): string[] {
  const seen: string[] = [];
  const queue = [name];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.includes(next)) continue;
    seen.push(next);
    queue.push(...(model.get(next)?.extends ?? []));
  }
  return seen;
}

/** What is wrong with exported entities, as FtM's model defines them; empty when nothing is. */
function problemsOf(model: ReadonlyMap<string, SchemaDef>, all: readonly FtmEntity[]): string[] {
  const exported = new Map(all.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const e of all) {
    const schema = model.get(e.schema);
    if (!schema) {
      problems.push(`${e.id}: no schema ${e.schema}`);
      continue;
    }
    if (schema.abstract) problems.push(`${e.id}: ${e.schema} is abstract`);
    // `required` is the schema's own list: FtM does not inherit it (Company, Organization and PublicBody each
    // restate `name`; Article does not ask for Document's `fileName`).
    for (const name of schema.required ?? [])
      if (!e.properties[name]) problems.push(`${e.id}: ${e.schema} requires ${name}`);
    const ancestry = lineage(model, e.schema);
    for (const [name, values] of Object.entries(e.properties)) {
      const owner = ancestry.find((s) => model.get(s)?.properties?.[name]);
      const prop = owner ? model.get(owner)?.properties?.[name] : undefined;
      if (!prop) {
        problems.push(`${e.id}: ${e.schema} has no property ${name}`);
        continue;
      }
      for (const value of values) {
        const type = prop.type ?? 'string';
        if (type === 'entity') {
          const target = exported.get(value);
          if (!target) problems.push(`${e.id}.${name}: ${value} is not exported`);
          else if (prop.range && !lineage(model, target.schema).includes(prop.range))
            problems.push(`${e.id}.${name}: a ${target.schema} is not a ${prop.range}`);
        }
        if (type === 'country' && !/^[a-z]{2}$/.test(value))
          problems.push(`${e.id}.${name}: country ${value}`);
        if (type === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
          problems.push(`${e.id}.${name}: date ${value}`);
        if (type === 'url' && !/^https?:\/\//.test(value)) problems.push(`${e.id}.${name}: url ${value}`);
      }
    }
  }
  return problems;
}

describe.skipIf(!existsSync(FTM_SCHEMA_DIR))(
  'FtM entities fit the FollowTheMoney model (needs ../shared)',
  () => {
    const model = existsSync(FTM_SCHEMA_DIR) ? loadModel(FTM_SCHEMA_DIR) : new Map<string, SchemaDef>();

    it('every schema exists and is concrete, every property is defined, every entity reference resolves', () => {
      expect(model.size).toBeGreaterThan(50);
      expect(problemsOf(model, entities)).toEqual([]);
    });

    it('finds what the model forbids (the check is real)', () => {
      const event = eventOf(DELIVERY.id);
      const broken: FtmEntity[] = [
        ...entities.filter((e) => e.id !== event.id),
        { ...event, properties: { ...event.properties, supplier: ['x'] } },
        { id: 'a', schema: 'Interval', properties: { summary: ['abstract'] } },
        { id: 'b', schema: 'Note', properties: { entity: ['missing'] } },
        {
          id: 'c',
          schema: 'Event',
          properties: { name: ['c'], involved: [ftmId('assertion', 'asr-ties-4')] },
        },
        { id: 'd', schema: 'Company', properties: { country: ['LBN'] } },
      ];
      expect(problemsOf(model, broken)).toEqual([
        `${event.id}: Event has no property supplier`,
        'a: Interval is abstract',
        'b.entity: missing is not exported',
        `c.involved: a Event is not a LegalEntity`,
        'd: Company requires name',
        'd.country: country LBN',
      ]);
    });
  },
);
