import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { evidenceLink } from './evidence-link.js';
import { exportGexf, GEXF_NAMESPACE } from './gexf-export.js';
import { exportGraphml, GRAPHML_NAMESPACE } from './graphml-export.js';
import { COMPANY_NAME, DELIVERY, reordered, SNAPSHOT } from './test-snapshot.js';
import { xmlAttr, xmlChars, xmlNameToken, xmlText } from './xml.js';

// biome-ignore lint/suspicious/noExplicitAny: parsed XML is walked generically
type Xml = any;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['node', 'edge', 'data', 'key', 'attvalue', 'attribute', 'attributes'].includes(name),
});

// The fixture's network: the delivery and the denied agreement each pass through a broker (two legs each),
// the attack and the ties give one edge each; five actors take part (the weapon and the place do not).
const EXPECTED_EDGES = [
  ['asr-agreement-2.0', 'state:PRK', 'person:kim-sang-ho', 'transfer', 'to-intermediary'],
  ['asr-agreement-2.1', 'person:kim-sang-ho', 'group:hamas', 'transfer', 'from-intermediary'],
  ['asr-attack-3.0', 'group:hamas', 'state:ISR', 'attack', 'direct'],
  ['asr-delivery-1.0', 'state:PRK', 'company:al-noor', 'transfer', 'to-intermediary'],
  ['asr-delivery-1.1', 'company:al-noor', 'group:hamas', 'transfer', 'from-intermediary'],
  ['asr-ties-4.0', 'group:hamas', 'state:PRK', 'ties', 'direct'],
];
const EXPECTED_NODES = ['company:al-noor', 'group:hamas', 'person:kim-sang-ho', 'state:ISR', 'state:PRK'];

describe('xml helpers', () => {
  it('escapes markup and drops what XML 1.0 cannot hold', () => {
    expect(xmlText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(xmlAttr('say "hi"\tthen\nbye')).toBe('say &quot;hi&quot;&#9;then&#10;bye');
    expect(xmlChars('a\u0000b\u0001c\u000bd\uFFFEe\uD800f\u{1F600}g\n')).toBe('abcdef\u{1F600}g\n');
  });

  it('makes ids NMTOKENs without making two ids one', () => {
    expect(xmlNameToken('state:PRK')).toBe('state:PRK');
    expect(xmlNameToken('anon:a b/c')).toBe('anon:a_x0020_b_x002F_c');
    expect(xmlNameToken('a_b')).toBe('a_b');
    expect(xmlNameToken('a_x0020_')).not.toBe(xmlNameToken('a '));
    expect(xmlNameToken('a_x0020_')).toMatch(/^[A-Za-z0-9._:-]+$/);
  });
});

describe('exportGraphml', () => {
  const text = exportGraphml(SNAPSHOT);
  const doc: Xml = parser.parse(text);
  const graph = doc.graphml.graph;
  const data = (element: Xml, key: string) => element.data.find((d: Xml) => d.key === key)?.['#text'];

  it('is well-formed GraphML with the namespace and a key for every attribute', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(doc.graphml.xmlns).toBe(GRAPHML_NAMESPACE);
    expect(graph.edgedefault).toBe('directed');
    const keys = new Map(doc.graphml.key.map((k: Xml) => [k.id, k.for]));
    for (const node of graph.node) for (const d of node.data) expect(keys.get(d.key)).toBe('node');
    for (const edge of graph.edge) for (const d of edge.data) expect(keys.get(d.key)).toBe('edge');
  });

  it('has the actors as nodes, with label, type and country', () => {
    expect(graph.node.map((n: Xml) => n.id)).toEqual(EXPECTED_NODES);
    const company = graph.node.find((n: Xml) => n.id === 'company:al-noor');
    expect(data(company, 'n_label')).toBe(COMPANY_NAME);
    expect(data(company, 'n_type')).toBe('company');
    expect(data(company, 'n_country')).toBe('LBN');
  });

  it('has one edge per leg, brokers in the path, ties undirected', () => {
    expect(
      graph.edge.map((e: Xml) => [e.id, e.source, e.target, data(e, 'e_kind'), data(e, 'e_leg')]),
    ).toEqual(EXPECTED_EDGES);
    expect(graph.edge.filter((e: Xml) => e.directed === 'false').map((e: Xml) => e.id)).toEqual([
      'asr-ties-4.0',
    ]);
  });

  it('carries stage, modality, sources as weight, credibility and evidence on each edge', () => {
    const leg = graph.edge.find((e: Xml) => e.id === 'asr-delivery-1.0');
    expect(data(leg, 'e_stage')).toBe('delivery');
    expect(data(leg, 'e_modality')).toBe('reported');
    expect(data(leg, 'e_weakest_modality')).toBe('alleged');
    expect(data(leg, 'e_weight')).toBe('2');
    expect(data(leg, 'e_credibility')).toBe('2');
    expect(data(leg, 'e_credibility_score')).toBe('0.7');
    expect(data(leg, 'e_assertion')).toBe(DELIVERY.id);
    expect(data(leg, 'e_evidence')?.split(' ')).toEqual(
      DELIVERY.claims.flatMap((c) => c.evidence.map(evidenceLink)),
    );
    expect(data(leg, 'e_urls')).toBe('https://example.org/news/1?a=1&b=2');
    const attack = graph.edge.find((e: Xml) => e.id === 'asr-attack-3.0');
    // The control character in the item's text is gone, the rest of the text kept.
    expect(data(attack, 'e_items')).toBe('Fajr-5 rockets [rockets]');
    expect(data(attack, 'e_stage')).toBeUndefined();
  });

  it('is the same for the same knowledge base, whatever its order', () => {
    expect(exportGraphml(reordered(SNAPSHOT))).toBe(text);
  });
});

describe('exportGexf', () => {
  const text = exportGexf(SNAPSHOT);
  const doc: Xml = parser.parse(text);
  const graph = doc.gexf.graph;
  const att = (element: Xml, name: string) =>
    element.attvalues?.attvalue.find((a: Xml) => a.for === name)?.value as string | undefined;

  it('is well-formed GEXF 1.3', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect(doc.gexf.xmlns).toBe(GEXF_NAMESPACE);
    expect(doc.gexf.version).toBe('1.3');
    expect(graph.defaultedgetype).toBe('directed');
    const declared = (cls: string) =>
      graph.attributes.find((a: Xml) => a.class === cls).attribute.map((a: Xml) => a.id) as string[];
    for (const node of graph.nodes.node)
      for (const v of node.attvalues.attvalue) expect(declared('node')).toContain(v.for);
    for (const edge of graph.edges.edge)
      for (const v of edge.attvalues.attvalue) expect(declared('edge')).toContain(v.for);
  });

  it('holds the same nodes and edges as the GraphML, with GEXF kind, weight and type', () => {
    expect(graph.nodes.node.map((n: Xml) => n.id)).toEqual(EXPECTED_NODES);
    expect(graph.nodes.node.find((n: Xml) => n.id === 'company:al-noor').label).toBe(COMPANY_NAME);
    expect(graph.edges.edge.map((e: Xml) => [e.id, e.source, e.target, e.kind, att(e, 'leg')])).toEqual(
      EXPECTED_EDGES,
    );
    const ties = graph.edges.edge.find((e: Xml) => e.kind === 'ties');
    expect(ties.type).toBe('undirected');
    const leg = graph.edges.edge.find((e: Xml) => e.id === 'asr-delivery-1.1');
    expect(leg).toMatchObject({ type: 'directed', weight: '2', label: 'transfer: delivery' });
    expect(att(leg, 'contradicted')).toBe('false');
    expect(att(leg, 'evidence')).toContain('armstrace:article/art-1?v=2&field=title#0-37');
    const denied = graph.edges.edge.find((e: Xml) => e.id === 'asr-agreement-2.0');
    expect([att(denied, 'contradicted'), att(denied, 'weakest_modality'), att(denied, 'review')]).toEqual([
      'true',
      'denied',
      'rejected',
    ]);
  });

  it('is the same for the same knowledge base, whatever its order', () => {
    expect(exportGexf(reordered(SNAPSHOT))).toBe(text);
  });
});
