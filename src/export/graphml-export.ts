import type { KbSnapshot } from '../kb/model.js';
import {
  type AttributeSpec,
  type AttributeType,
  type AttributeValue,
  buildGraph,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
} from './graph-model.js';
import { xmlAttr, xmlNameToken, xmlText } from './xml.js';

/**
 * The network (graph-model.ts) as GraphML, which yEd, Cytoscape, Gephi and networkx read: every attribute
 * declared by a `<key>`, node and edge ids the armstrace ids (made NMTOKENs, as GraphML types them), ties
 * written as undirected edges in a directed graph.
 */

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

const GRAPHML_TYPE: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

// Label and weight are attributes like any other in GraphML; GEXF has them built in.
const NODE_KEYS: readonly AttributeSpec[] = [{ name: 'label', type: 'string' }, ...NODE_ATTRIBUTES];
const EDGE_KEYS: readonly AttributeSpec[] = [
  { name: 'label', type: 'string' },
  { name: 'weight', type: 'double' },
  ...EDGE_ATTRIBUTES,
];

const keyId = (element: 'node' | 'edge', name: string) => `${element === 'node' ? 'n' : 'e'}_${name}`;

function keyLine(element: 'node' | 'edge', { name, type }: AttributeSpec): string {
  return `  <key id="${keyId(element, name)}" for="${element}" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>`;
}

function dataLines(element: 'node' | 'edge', values: Readonly<Record<string, AttributeValue>>): string[] {
  const keys = element === 'node' ? NODE_KEYS : EDGE_KEYS;
  return keys.flatMap(({ name }) => {
    const value = values[name];
    return value === undefined
      ? []
      : [`      <data key="${keyId(element, name)}">${xmlText(String(value))}</data>`];
  });
}

export function exportGraphml(snapshot: KbSnapshot): string {
  const { nodes, edges } = buildGraph(snapshot);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <desc>${xmlText(`armstrace knowledge base, generated ${snapshot.generatedAt}`)}</desc>`,
    ...NODE_KEYS.map((k) => keyLine('node', k)),
    ...EDGE_KEYS.map((k) => keyLine('edge', k)),
    '  <graph id="armstrace" edgedefault="directed">',
    ...nodes.flatMap((n) => [
      `    <node id="${xmlAttr(xmlNameToken(n.id))}">`,
      ...dataLines('node', { label: n.label, ...n.attributes }),
      '    </node>',
    ]),
    ...edges.flatMap((e) => [
      `    <edge id="${xmlAttr(xmlNameToken(e.id))}" source="${xmlAttr(xmlNameToken(e.source))}" target="${xmlAttr(xmlNameToken(e.target))}"${e.directed ? '' : ' directed="false"'}>`,
      ...dataLines('edge', { label: e.label, weight: e.weight, ...e.attributes }),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
