import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { evidenceLink } from './evidence-link.js';
import {
  buildStixBundle,
  exportStix,
  STIX_NAMESPACE,
  type StixObject,
  stixId,
  stixTimestamp,
} from './stix-export.js';
import {
  ALL_EVIDENCE,
  ATTACK,
  COMPANY_NAME,
  DELIVERY,
  DENIED_AGREEMENT,
  reordered,
  SNAPSHOT,
  TIES,
} from './test-snapshot.js';
import { uuidV5 } from './uuid-v5.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.ARMSTRACE_SHARED ?? path.resolve(REPO, '../shared');
const SCHEMAS = path.join(SHARED, 'data/stix2.1-schemas/schemas');

describe('uuidV5', () => {
  it('gives the RFC 9562 UUID (the DNS-namespace example Python documents)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('stixTimestamp', () => {
  it.each([
    ['2014-07-27', '2014-07-27T00:00:00.000Z'],
    ['2014-07-27T11:22', '2014-07-27T11:22:00.000Z'],
    ['2015-03-04T08:00:00+02:00', '2015-03-04T06:00:00.000Z'],
    ['2009', '2009-01-01T00:00:00.000Z'],
    ['not a date', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(stixTimestamp(input)).toBe(expected);
  });
});

describe('buildStixBundle', () => {
  const bundle = buildStixBundle(SNAPSHOT);
  const objects = bundle.objects;
  const byKey = (key: string) => objects.find((o) => o.x_armstrace_id === key) as StixObject;
  const ofType = (type: string) => objects.filter((o) => o.type === type);

  it('exports the same snapshot byte for byte, whatever its order', () => {
    const text = exportStix(SNAPSHOT);
    expect(exportStix(SNAPSHOT)).toBe(text);
    expect(exportStix(reordered(SNAPSHOT))).toBe(text);
    expect(JSON.parse(text).id).toBe(bundle.id);
  });

  it('derives every id as UUIDv5 of the armstrace id it comes from, in one namespace', () => {
    expect(objects.length).toBeGreaterThan(20);
    for (const o of objects) {
      expect(typeof o.x_armstrace_id).toBe('string');
      expect(o.id).toBe(`${o.type}--${uuidV5(o.x_armstrace_id as string, STIX_NAMESPACE)}`);
    }
    expect(new Set(objects.map((o) => o.id)).size).toBe(objects.length);
    expect(byKey('state:PRK').id).toBe(`identity--${uuidV5('state:PRK', STIX_NAMESPACE)}`);
  });

  it('refers only to objects in the bundle', () => {
    const ids = new Set(objects.map((o) => o.id));
    for (const o of objects)
      for (const [key, value] of Object.entries(o)) {
        if (!/_refs?$/.test(key)) continue;
        for (const ref of [value].flat()) expect(ids, `${o.id} ${key}`).toContain(ref);
      }
  });

  it('dates objects from the data, spec 2.1 everywhere', () => {
    for (const o of objects) {
      expect(o.spec_version).toBe('2.1');
      expect((o.modified as string) >= (o.created as string)).toBe(true);
    }
    expect(byKey('state:PRK')).toMatchObject({
      created: '2014-07-27T11:22:00.000Z',
      modified: '2015-03-04T06:00:00.000Z',
    });
  });

  it('maps actors to identities and threat actors, places and countries to locations, weapons to nothing', () => {
    expect(byKey('state:PRK')).toMatchObject({
      type: 'identity',
      name: 'North Korea',
      identity_class: 'organization',
      sectors: ['government-national'],
    });
    expect(byKey('company:al-noor')).toMatchObject({ type: 'identity', name: COMPANY_NAME });
    expect(byKey('person:kim-sang-ho')).toMatchObject({ type: 'identity', identity_class: 'individual' });
    expect(byKey('group:hamas')).toMatchObject({
      type: 'threat-actor',
      name: 'Hamas',
      aliases: ['Islamic Resistance Movement'],
    });
    expect(byKey('place:beirut')).toMatchObject({ type: 'location', name: 'Beirut', country: 'LB' });
    expect(byKey('weapon:fajr-5')).toBeUndefined();
    const countries = ofType('location').filter((l) => (l.x_armstrace_id as string).startsWith('country:'));
    expect(countries.map((c) => [c.name, c.country])).toEqual([
      ['Israel', 'IL'],
      ['Lebanon', 'LB'],
      ['North Korea', 'KP'],
      ['Palestine', 'PS'],
    ]);
    const locatedAt = ofType('relationship').filter((r) => r.relationship_type === 'located-at');
    expect(locatedAt).toContainEqual(
      expect.objectContaining({ source_ref: byKey('group:hamas').id, target_ref: byKey('country:PSE').id }),
    );
    expect(locatedAt).toHaveLength(5);
  });

  it('makes each assertion a relationship carrying its roles, items, time, modality and credibility', () => {
    expect(byKey(DELIVERY.id)).toMatchObject({
      relationship_type: 'supplies-arms-to',
      source_ref: byKey('state:PRK').id,
      target_ref: byKey('group:hamas').id,
      start_time: '2014-07-01T00:00:00.000Z',
      stop_time: '2014-07-31T23:59:59.999Z',
      confidence: 70,
      x_armstrace_stage: 'delivery',
      x_armstrace_intermediary_refs: [byKey('company:al-noor').id],
      x_armstrace_where_refs: [byKey('place:beirut').id],
      x_armstrace_items: [
        { text: '40 Fajr-5 rockets', category: 'rockets', designation: 'Fajr-5' },
        { text: 'communications equipment', category: 'communications' },
      ],
      x_armstrace_modality: 'reported',
      x_armstrace_weakest_modality: 'alleged',
      x_armstrace_independent_sources: 2,
    });
    expect(byKey(DENIED_AGREEMENT.id)).toMatchObject({
      x_armstrace_contradicted: true,
      x_armstrace_weakest_modality: 'denied',
      confidence: 30,
    });
    expect(byKey(DENIED_AGREEMENT.id).start_time).toBeUndefined();
    expect(byKey(ATTACK.id)).toMatchObject({
      relationship_type: 'attacks',
      target_ref: byKey('state:ISR').id,
    });
    expect(byKey(TIES.id)).toMatchObject({ relationship_type: 'affiliated-with' });
  });

  it('links every relationship to all its evidence, and every span has a note on the relationship and report', () => {
    for (const a of SNAPSHOT.assertions) {
      const links = (byKey(a.id).external_references as { url: string }[]).map((r) => r.url);
      for (const ref of a.claims.flatMap((c) => c.evidence)) expect(links).toContain(evidenceLink(ref));
    }
    const notes = ofType('note');
    expect(notes).toHaveLength(ALL_EVIDENCE.length);
    for (const ref of ALL_EVIDENCE) {
      const note = notes.find(
        (n) => (n.external_references as { url: string }[])[0]?.url === evidenceLink(ref),
      );
      expect(note?.content).toBe(ref.text);
      const assertion = SNAPSHOT.assertions.find((a) => a.claims.some((c) => c.evidence.includes(ref)));
      expect(note?.object_refs).toEqual([
        byKey(assertion?.id ?? '').id,
        byKey(`article:${ref.articleId}`).id,
      ]);
    }
    const headline = notes.find((n) => n.x_armstrace_field === 'title');
    expect(headline).toMatchObject({ abstract: 'reported: security officials', confidence: 80 });
  });

  it('makes each article a report with its date, URL and everything it supports', () => {
    const reports = ofType('report');
    expect(reports.map((r) => r.x_armstrace_id)).toEqual([
      'article:art-1',
      'article:art-2',
      'article:art-3',
      'article:art-4',
    ]);
    const first = byKey('article:art-1');
    expect(first.published).toBe('2014-07-27T11:22:00.000Z');
    expect(first.external_references).toContainEqual({
      source_name: 'The Telegraph',
      url: 'https://example.org/news/1?a=1&b=2',
    });
    for (const key of [DELIVERY.id, ATTACK.id, TIES.id, 'state:ISR', 'company:al-noor'])
      expect(first.object_refs).toContain(byKey(key).id);
    expect(first.object_refs).not.toContain(byKey(DENIED_AGREEMENT.id).id);
  });

  it('turns analyst reviews into opinions by the analysts', () => {
    const opinions = ofType('opinion');
    expect(opinions.map((o) => [o.x_armstrace_id, o.opinion])).toEqual([
      ['review:art-3:agreement', 'disagree'],
      ['review:art-4:agreement', 'disagree'],
      ['review:asr-agreement-2', 'disagree'],
      ['review:art-1:delivery', 'strongly-agree'],
      ['review:asr-delivery-1', 'strongly-agree'],
    ]);
    expect(byKey('review:asr-delivery-1').object_refs).toEqual([byKey(DELIVERY.id).id]);
    for (const o of opinions) expect(o.created_by_ref).toBe(stixId('identity', 'armstrace:analysts'));
  });
});

describe.skipIf(!existsSync(SCHEMAS))(
  'STIX bundle validates against the OASIS schemas (needs ../shared)',
  () => {
    // The schemas' patterns are written for ECMA-262 without the `u` flag (`\\-` is an error with it).
    const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
    // The schemas use three formats; ajv checks formats only when told how.
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
    ajv.addFormat('idn-hostname', true);
    const files = existsSync(SCHEMAS)
      ? readdirSync(SCHEMAS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))
      : [];
    for (const file of files) ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')));
    const schemaOf = (dir: string, name: string) =>
      `http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/${dir}/${name}.json`;
    const bundle = JSON.parse(exportStix(SNAPSHOT));

    it.each(['identity', 'threat-actor', 'location', 'relationship', 'report', 'note', 'opinion'])(
      'every %s object',
      (type) => {
        const validate = ajv.getSchema(schemaOf(type === 'relationship' ? 'sros' : 'sdos', type));
        const objects = bundle.objects.filter((o: StixObject) => o.type === type);
        expect(objects.length).toBeGreaterThan(0);
        for (const o of objects)
          expect(validate?.(o), `${o.id}: ${JSON.stringify(validate?.errors)}`).toBe(true);
      },
    );

    // OASIS's bundle.json lists the SDOs an object may be, but omits location, note, opinion, grouping and
    // incident; such an object then falls to its "custom object" branch, which no SDO can pass (it matches
    // both core.json and cyber-observable-core.json, and that branch wants exactly one). So the envelope is
    // checked against a copy that lists every SDO; each object is checked against its own schema above.
    function bundleValidator() {
      const copy = JSON.parse(readFileSync(path.join(SCHEMAS, 'common/bundle.json'), 'utf8'));
      const listed: { $ref: string }[] = copy.properties.objects.items.anyOf[0].oneOf;
      for (const file of readdirSync(path.join(SCHEMAS, 'sdos')))
        if (!listed.some((l) => l.$ref === `../sdos/${file}`)) listed.push({ $ref: `../sdos/${file}` });
      copy.$id = schemaOf('common', 'bundle-every-sdo');
      return ajv.compile(copy);
    }
    const validateBundle = existsSync(SCHEMAS) ? bundleValidator() : null;

    it('the bundle', () => {
      expect(validateBundle?.(bundle), JSON.stringify(validateBundle?.errors?.slice(0, 5))).toBe(true);
    });

    it('rejects what breaks the spec (the validation is real)', () => {
      const validate = ajv.getSchema(schemaOf('sros', 'relationship'));
      const relationship = bundle.objects.find((o: StixObject) => o.type === 'relationship');
      expect(validate?.({ ...relationship, created: '2014-07-27' })).toBe(false);
      expect(validate?.({ ...relationship, relationship_type: 'Supplies Arms' })).toBe(false);
      expect(validate?.({ ...relationship, x_armstrace_items: [] })).toBe(false);
      const objects = bundle.objects.map((o: StixObject) =>
        o.type === 'location' ? { ...o, country: undefined } : o,
      );
      expect(validateBundle?.({ ...bundle, objects: JSON.parse(JSON.stringify(objects)) })).toBe(false);
    });
  },
);
