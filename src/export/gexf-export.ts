import type { KbSnapshot } from '../kb/model.js';
import {
  type AttributeSpec,
  type AttributeValue,
  buildGraph,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
} from './graph-model.js';
import { xmlAttr, xmlText } from './xml.js';

/**
 * The network (graph-model.ts) as GEXF 1.3, Gephi's format: label, weight and edge kind are GEXF's own
 * attributes (`kind`, new in 1.3, keeps a transfer and an attack between the same two actors apart instead
 * of merging them), the rest are declared `<attributes>`. The graph is mixed: ties are undirected edges.
 */

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

function attributeDeclarations(cls: 'node' | 'edge', specs: readonly AttributeSpec[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...specs.map(({ name, type }) => `      <attribute id="${name}" title="${name}" type="${type}"/>`),
    '    </attributes>',
  ];
}

function attvalues(
  specs: readonly AttributeSpec[],
  values: Readonly<Record<string, AttributeValue>>,
): string[] {
  const present = specs.filter(({ name }) => values[name] !== undefined);
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(
      ({ name }) => `          <attvalue for="${name}" value="${xmlAttr(String(values[name]))}"/>`,
    ),
    '        </attvalues>',
  ];
}

export function exportGexf(snapshot: KbSnapshot): string {
  const { nodes, edges } = buildGraph(snapshot);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${xmlAttr(snapshot.generatedAt.slice(0, 10))}">`,
    '    <creator>armstrace</creator>',
    `    <description>${xmlText('Arms transfers, attacks, sanctions and ties from the armstrace knowledge base')}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...attributeDeclarations('node', NODE_ATTRIBUTES),
    ...attributeDeclarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodes.flatMap((n) => [
      `      <node id="${xmlAttr(n.id)}" label="${xmlAttr(n.label)}">`,
      ...attvalues(NODE_ATTRIBUTES, n.attributes),
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...edges.flatMap((e) => [
      `      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" kind="${e.kind}" label="${xmlAttr(e.label)}" weight="${e.weight}">`,
      ...attvalues(EDGE_ATTRIBUTES, e.attributes),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
