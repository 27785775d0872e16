import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { useEffect, useRef, useState } from 'preact/hooks';
import Sigma from 'sigma';
import { extremityArrow, layerFill, layerPlain, pathCurved, sdfCircle, sdfDiamond } from 'sigma/rendering';
import type { NetworkEdge, NetworkResponse } from '../types.js';
import { KIND_COLORS, STAGE_COLORS } from '../vocab.js';
import { forceLayout } from './layout.js';

/** The edge key of a supplier → recipient link. */
export const edgeKey = (e: Pick<NetworkEdge, 'source' | 'target'>): string => `${e.source}->${e.target}`;

/** A node that passes transfers on: the target of one leg through an intermediary and the source of another. */
export function brokers(edges: readonly NetworkEdge[]): Set<string> {
  const into = new Set(edges.filter((e) => e.via).map((e) => e.target));
  return new Set(edges.filter((e) => e.via && into.has(e.source)).map((e) => e.source));
}

/**
 * The supply network drawn by sigma (WebGL): node colour by actor type, size by the transfers through it,
 * brokers as diamonds; edge colour by the furthest stage, width by independent sources, arrows to the
 * recipient. Clicks report the node or edge.
 */
export function GraphView({
  data,
  selected,
  onNode,
  onEdge,
  onStage,
}: {
  data: NetworkResponse;
  selected: string | null;
  onNode: (id: string) => void;
  onEdge: (key: string) => void;
  onStage: () => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const handlers = useRef({ onNode, onEdge, onStage });
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  handlers.current = { onNode, onEdge, onStage };

  useEffect(() => {
    const el = container.current;
    if (!el || !data.nodes.length) return;
    const graph = new Graph({ type: 'directed', multi: false });
    const positions = forceLayout(
      data.nodes.map((n) => n.id),
      data.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight })),
    );
    const broker = brokers(data.edges);
    for (const node of data.nodes) {
      const p = positions.get(node.id) ?? { x: 0, y: 0 };
      const flow = node.weightedInDegree + node.weightedOutDegree;
      graph.addNode(node.id, {
        x: p.x,
        y: p.y,
        size: 5 + Math.sqrt(flow) * 3,
        color: KIND_COLORS[node.type] ?? '#666',
        label: node.label.length > 26 ? `${node.label.slice(0, 25)}…` : node.label,
        shape: broker.has(node.id) ? 'diamond' : 'circle',
      });
    }
    for (const edge of data.edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      const color = edge.interdicted
        ? STAGE_COLORS.interdiction
        : (STAGE_COLORS[edge.strongestStage] ?? '#94a3b8');
      graph.addDirectedEdgeWithKey(edgeKey(edge), edge.source, edge.target, {
        size: 1.5 + Math.log2(1 + edge.weight) * 2,
        color: edge.via && !edge.direct ? `${color}b3` : color,
      });
    }
    try {
      sigma.current = new Sigma(graph, el, {
        primitives: {
          nodes: { shapes: [sdfCircle(), sdfDiamond()], layers: [layerFill()] },
          edges: {
            paths: [pathCurved({ curvature: 0.18 })],
            layers: [layerPlain()],
            extremities: [extremityArrow()],
          },
        },
        styles: {
          nodes: {
            x: { attribute: 'x' },
            y: { attribute: 'y' },
            size: (a: Attributes, state: { isHighlighted: boolean; isHovered: boolean }) =>
              (a.size as number) * (state.isHighlighted ? 1.5 : state.isHovered ? 1.15 : 1),
            color: { attribute: 'color', defaultValue: '#666' },
            label: { attribute: 'label' },
            shape: { attribute: 'shape', defaultValue: 'circle' },
            labelVisibility: 'visible',
            backdropVisibility: (_a: Attributes, state: { isHovered: boolean }) =>
              state.isHovered ? 'visible' : 'hidden',
            backdropColor: '#ffffff',
            backdropPadding: 6,
            depth: (_a: Attributes, state: { isHovered: boolean }) =>
              state.isHovered ? 'topNodes' : 'nodes',
          },
          edges: {
            size: (a: Attributes, state: { isHighlighted: boolean; isHovered: boolean }) =>
              (a.size as number) + (state.isHighlighted ? 3 : state.isHovered ? 1.5 : 0),
            color: { attribute: 'color', defaultValue: '#94a3b8' },
            head: 'arrow',
            path: 'curved',
            depth: (_a: Attributes, state: { isHovered: boolean; isHighlighted: boolean }) =>
              state.isHovered || state.isHighlighted ? 'topEdges' : 'edges',
          },
        },
        settings: {
          enableEdgeEvents: true,
          gestureTarget: 'graph',
          stagePadding: 70,
          itemSizesReference: 'screen',
          labelRenderedSizeThreshold: 0,
          labelDensity: 1,
          zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio),
        },
      });
      sigma.current.on('clickNode', ({ node }) => handlers.current.onNode(node));
      sigma.current.on('clickEdge', ({ edge }) => handlers.current.onEdge(edge));
      sigma.current.on('clickStage', () => handlers.current.onStage());
      setFailure(null);
      highlight(sigma.current, selectedRef.current);
    } catch (error) {
      setFailure((error as Error).message);
    }
    return () => {
      sigma.current?.kill();
      sigma.current = null;
    };
  }, [data]);

  // Highlight the chosen node or edge.
  useEffect(() => {
    if (sigma.current) highlight(sigma.current, selected);
  }, [selected]);

  return (
    <>
      <div
        ref={container}
        class="sigma-container"
        data-nodes={data.nodes.length}
        data-edges={data.edges.length}
      />
      {failure ? (
        <div class="viz-status">
          <p class="status error">
            The network could not be drawn in this browser (WebGL 2 is needed): {failure}
          </p>
        </div>
      ) : null}
    </>
  );
}

function highlight(s: Sigma, selected: string | null): void {
  const graph = s.getGraph();
  graph.forEachNode((node) => {
    s.setNodeState(node, { isHighlighted: node === selected });
  });
  graph.forEachEdge((edge) => {
    s.setEdgeState(edge, { isHighlighted: edge === selected });
  });
}
