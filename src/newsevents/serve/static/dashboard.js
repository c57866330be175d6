// newsevents dashboard: the filter lives in the URL (share the address to share the view);
// every panel is one call to the JSON API with that filter. Data from articles is set with
// textContent only, never as HTML.
"use strict";

const FILTER_KEYS = ["start", "end", "country", "actor", "source", "target", "cameo", "quad_class", "plover",
  "place", "text"];
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const PAGE = 25;
const form = document.getElementById("filters");
let offset = 0;
let generation = 0;
let info = null;  // the store's description and the server's settings (api/info), asked once

function state() {
  const url = new URLSearchParams(location.search);
  const out = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "interval"]) if (url.get(key)) out.set(key, url.get(key));
  return out;
}

function filterOnly() {
  const s = state();
  s.delete("interval");
  return s;
}

async function api(path, params) {
  const response = await fetch(`/api/${path}?${params}`, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.json()).detail ?? ""}`);
  return response.json();
}

function with_(params, extra) {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

function fillForm() {
  const s = state();
  for (const input of form.elements) if (input.name) input.value = s.get(input.name) ?? (input.name === "interval" ? "month" : "");
}

function go(params) {
  params.delete("token");
  history.pushState(null, "", `${location.pathname}?${params}`);
  offset = 0;
  refresh();
}

function setFilter(extra) {
  const s = state();
  for (const [k, v] of Object.entries(extra)) (v ? s.set(k, v) : s.delete(k));
  go(s);
}

function fail(id, error) {
  const node = document.getElementById(id);
  const p = document.createElement("p");
  p.className = "error";
  p.textContent = String(error.message || error);
  node.replaceChildren(p);
}

async function loadTimeline(f, interval, g) {
  const data = await api("timeline", with_(f, { interval, limit: 10000 }));
  if (g === generation) Charts.timeline(document.getElementById("timeline"), data.rows);
}

async function loadMap(f, g) {
  const [data, settings] = await Promise.all([api("map", with_(f, { n: 3000, limit: 3000 })),
    info.catch(() => ({ tiles: null }))]);
  if (g === generation) await Charts.map(document.getElementById("map"), data.rows, settings.tiles);
}

async function loadDyads(f, interval, g) {
  const title = document.getElementById("dyad-title");
  const source = f.get("source"), target = f.get("target");
  if (source && target) {
    const data = await api("dyad", with_(f, { interval, limit: 10000 }));
    if (g !== generation) return;
    title.textContent = `${source} and ${target}`;
    return Charts.dyad(document.getElementById("dyads"), data.rows, source, target);
  }
  const data = await api("top-dyads", with_(f, { n: 15 }));
  if (g !== generation) return;
  title.textContent = "Top dyads (click one to follow it)";
  Charts.bars(document.getElementById("dyads"), data.rows.map((r) => ({
    label: `${r.source} → ${r.target}`, value: r.events, color: r.goldstein_mean >= 0 ? "#5c9e6e" : "#c8654f",
    onClick: () => setFilter({ source: r.source, target: r.target }),
  })));
}

async function loadNetwork(f, g) {
  const data = await api("network", with_(f, { n: 40 }));
  if (g === generation) Charts.network(document.getElementById("network"), data, (id) => setFilter({ actor: id }));
}

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  if (className) td.className = className;
  return td;
}

async function loadEvents(f, g) {
  const data = await api("events", with_(f, { limit: PAGE, offset }));
  if (g !== generation) return;
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...data.rows.map((r) => {
    const tr = document.createElement("tr");
    tr.tabIndex = 0;
    tr.dataset.eventId = r.event_id;
    tr.append(cell(r.date), cell(r.source_code), cell(r.cameo), cell(r.target_code),
      cell(r.location_name), cell(r.sentence, "sentence"));
    tr.addEventListener("click", () => openEvent(r.event_id));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(r.event_id); });
    return tr;
  }));
  const last = Math.min(offset + PAGE, data.total);
  document.getElementById("events-count").textContent =
    data.total ? `${offset + 1}–${last} of ${data.total}` : "none for this filter";
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = last >= data.total;
}

function field(dl, name, value) {
  if (value === null || value === undefined || value === "") return;
  const dt = document.createElement("dt");
  dt.textContent = name;
  const dd = document.createElement("dd");
  dd.textContent = String(value);
  dl.append(dt, dd);
}

async function openEvent(id) {
  const e = await api(`events/${encodeURIComponent(id)}`, new URLSearchParams());
  const p = document.getElementById("ev-sentence");
  const mark = document.createElement("mark");
  mark.textContent = e.sentence.slice(e.trigger_start, e.trigger_end);
  p.replaceChildren(document.createTextNode(e.sentence.slice(0, e.trigger_start)), mark,
    document.createTextNode(e.sentence.slice(e.trigger_end)));
  const dl = document.getElementById("ev-fields");
  dl.replaceChildren();
  field(dl, "Source", [e.source_code, e.source_text && `“${e.source_text}”`].filter(Boolean).join(" "));
  field(dl, "Event", `${e.cameo} · ${e.plover_type ?? "statement"} · Goldstein ${e.goldstein} · ${e.status}`);
  field(dl, "Target", [e.target_code, e.target_text && `“${e.target_text}”`].filter(Boolean).join(" "));
  field(dl, "Date", `${e.date ?? "unknown"} (${e.date_precision})`);
  field(dl, "Place", e.location_name && `${e.location_name} (${e.location_country ?? ""})`);
  field(dl, "Rule", e.rule);
  field(dl, "Article", e.title);
  field(dl, "Published", e.published);
  field(dl, "Mentions", e.mentions.length);
  const link = document.getElementById("ev-link");
  const safe = typeof e.url === "string" && /^https?:\/\//i.test(e.url);
  link.textContent = safe ? e.url : "";
  if (safe) link.href = e.url; else link.removeAttribute("href");
  document.getElementById("evidence").hidden = false;
}

async function loadInfo() {
  const store = await info;
  document.getElementById("info").textContent =
    `${store.events} events from ${store.articles} articles, ${store.first_day ?? "?"} to ${store.last_day ?? "?"}`;
}

function turn(delta) {
  offset = Math.max(0, offset + delta);
  loadEvents(filterOnly(), generation).catch((e) => fail("events", e));
}

function refresh() {
  fillForm();
  const g = ++generation;
  const f = filterOnly();
  const interval = state().get("interval") || "month";
  loadTimeline(f, interval, g).catch((e) => fail("timeline", e));
  loadMap(f, g).catch((e) => fail("map", e));
  loadDyads(f, interval, g).catch((e) => fail("dyads", e));
  loadNetwork(f, g).catch((e) => fail("network", e));
  loadEvents(f, g).catch((e) => fail("events", e));
}

function init() {
  const plover = form.elements.plover;
  for (const t of PLOVER) plover.appendChild(new Option(t, t));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const input of form.elements) if (input.name && input.value) params.set(input.name, input.value);
    go(params);
  });
  document.getElementById("clear").addEventListener("click", () => go(new URLSearchParams()));
  document.getElementById("prev").addEventListener("click", () => turn(-PAGE));
  document.getElementById("next").addEventListener("click", () => turn(PAGE));
  document.getElementById("close-evidence").addEventListener("click", () => {
    document.getElementById("evidence").hidden = true;
  });
  window.addEventListener("popstate", refresh);
  if (new URLSearchParams(location.search).has("token")) history.replaceState(null, "", `${location.pathname}?${state()}`);
  info = api("info", new URLSearchParams());
  loadInfo().catch((e) => fail("info", e));
  Charts.world().catch(() => null);  // the map outline loads beside the data
  refresh();
}

init();
