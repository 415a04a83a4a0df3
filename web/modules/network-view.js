import { DataSet, Network } from "/vendor/vis-network/standalone/esm/vis-network.min.js";

const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04"];

/**
 * Who met whom among the given meetings: leaders (or states) as nodes, one edge per
 * pair that took part in a meeting together, thicker the more meetings they shared.
 */
export function createNetworkView(container) {
  const nodes = new DataSet();
  const edges = new DataSet();
  const network = new Network(
    container,
    { nodes, edges },
    {
      autoResize: true,
      physics: { stabilization: { iterations: 150 }, barnesHut: { springLength: 140 } },
      nodes: { shape: "dot", size: 14, font: { size: 14, face: "system-ui, sans-serif" } },
      edges: { color: { color: "#94a3b8", highlight: "#1e293b" }, smooth: false },
      interaction: { hover: true, zoomView: false },
    },
  );
  return {
    show(meetings, by) {
      const graph = by === "states" ? statesGraph(meetings) : leadersGraph(meetings);
      nodes.clear();
      edges.clear();
      nodes.add(graph.nodes);
      edges.add(graph.edges);
      // Fit once the layout has settled, then leave room for the labels at the edges.
      network.once("stabilizationIterationsDone", () => {
        network.fit({ animation: false });
        network.moveTo({ scale: network.getScale() * 0.8 });
      });
      network.stabilize();
    },
  };
}

function leadersGraph(meetings) {
  const people = new Map();
  for (const m of meetings) for (const p of m.participants) people.set(p.id, p);
  const codes = [...new Set([...people.values()].map((p) => p.country?.code ?? "?"))];
  return {
    nodes: [...people.values()].map((p) => ({
      id: p.id,
      label: p.name,
      color: PALETTE[codes.indexOf(p.country?.code ?? "?") % PALETTE.length],
    })),
    edges: pairEdges(meetings, (m) => m.participants.map((p) => p.id)),
  };
}

function statesGraph(meetings) {
  const states = new Map();
  for (const m of meetings) for (const c of m.countries) states.set(c.code, c);
  return {
    nodes: [...states.values()].map((c, index) => ({
      id: c.code,
      label: c.name,
      color: PALETTE[index % PALETTE.length],
    })),
    edges: pairEdges(meetings, (m) => m.countries.map((c) => c.code)),
  };
}

/** One edge per unordered pair of members of a meeting, weighted by shared meetings. */
function pairEdges(meetings, membersOf) {
  const pairs = new Map();
  for (const meeting of meetings) {
    const members = [...new Set(membersOf(meeting))].sort();
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const id = `${members[i]}|${members[j]}`;
        const pair = pairs.get(id) ?? { id, from: members[i], to: members[j], titles: [] };
        pair.titles.push(meeting.title ?? meeting.kind);
        pairs.set(id, pair);
      }
    }
  }
  return [...pairs.values()].map((p) => ({
    id: p.id,
    from: p.from,
    to: p.to,
    value: p.titles.length,
    width: 1 + 2 * p.titles.length,
    title: textTooltip(p.titles.join("\n")),
  }));
}

// A string title may be rendered as markup; an element holding text cannot.
function textTooltip(text) {
  const tooltip = document.createElement("div");
  tooltip.style.whiteSpace = "pre-line";
  tooltip.textContent = text;
  return tooltip;
}
