import { renderDetailMessage, renderMeetingDetail } from "./modules/detail-panel.js";
import { renderFilters } from "./modules/filters.js";
import { runQuery } from "./modules/graphql-client.js";
import { fetchMeetings } from "./modules/meetings-source.js";
import { createNetworkView } from "./modules/network-view.js";
import { FILTER_OPTIONS, MEETING_DETAIL } from "./modules/queries.js";
import { drawMeetingStats } from "./modules/stats-chart.js";
import { createTimelineView } from "./modules/timeline-view.js";
import { renderUndatedList } from "./modules/undated-list.js";

/** The dashboard: wires the filter form to the views; all data comes from /graphql. */

const $ = (selector) => document.querySelector(selector);
const timeline = createTimelineView($("#timeline"), selectMeeting);
const network = createNetworkView($("#network"));
let networkBy = "leaders";
let current = { dated: [], undated: [] };
// Each refresh gets a number; an answer that arrives after a newer refresh is dropped.
let generation = 0;

async function start() {
  const options = await runQuery(FILTER_OPTIONS);
  renderFilters(
    $("#filters"),
    {
      countries: options.countries,
      leaders: options.leaders.edges.map((e) => e.node),
      topics: options.topics,
    },
    refresh,
  );
  $("#network-by").addEventListener("change", (event) => {
    networkBy = event.target.value;
    network.show(current.dated, networkBy);
  });
  await refresh({});
}

async function refresh(filter) {
  const mine = ++generation;
  setStatus("Loading…");
  const result = await fetchMeetings(filter);
  if (mine !== generation) return;
  current = result;
  timeline.show(result.dated);
  drawMeetingStats($("#stats"), result.stats);
  network.show(result.dated, networkBy);
  renderUndatedList($("#undated"), result.undated, selectMeeting);
  const shown = result.dated.length + result.undated.length;
  setStatus(
    `${shown} meeting${shown === 1 ? "" : "s"} (${result.undated.length} undated)` +
      (result.truncated ? `, first ${shown} of ${result.totalCount}` : ""),
  );
  document.body.dataset.state = "ready";
}

async function selectMeeting(id) {
  timeline.select(id);
  const panel = $("#detail");
  renderDetailMessage(panel, "Loading…");
  try {
    const { meeting } = await runQuery(MEETING_DETAIL, { id });
    renderMeetingDetail(panel, meeting);
  } catch (error) {
    renderDetailMessage(panel, `Could not load the meeting: ${error.message}`);
  }
}

function setStatus(text, isError = false) {
  const status = $("#status");
  status.textContent = text;
  status.classList.toggle("error", isError);
}

window.addEventListener("unhandledrejection", (event) => {
  setStatus(`Could not load data: ${event.reason?.message ?? event.reason}`, true);
  document.body.dataset.state = "error";
});

start();
