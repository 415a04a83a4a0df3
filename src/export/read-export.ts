import { type GraphExecutor } from "../graph/executor.js";
import { type ExportParams } from "./export-filter.js";
import {
  type ExportItem,
  type ExportMeeting,
  type ExportPosition,
  type ExportQuote,
} from "./export-rows.js";

/**
 * Everything an export selects, streamed: the meetings (each with its participants,
 * positions, quotes and sources), then the positions and the quotes stated at no
 * meeting. Three named statements, each read as Neo4j sends it, so that memory does
 * not grow with the graph.
 */
export async function* readExport(
  executor: GraphExecutor,
  params: ExportParams,
): AsyncGenerator<ExportItem> {
  for await (const row of executor.stream("export/find-meetings", params)) {
    yield { type: "meeting", meeting: row.meeting as ExportMeeting };
  }
  for await (const row of executor.stream("export/find-positions-without-meeting", params)) {
    yield { type: "position", position: row.position as ExportPosition };
  }
  for await (const row of executor.stream("export/find-quotes-without-meeting", params)) {
    yield { type: "quote", quote: row.quote as ExportQuote };
  }
}
