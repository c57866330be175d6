// newsevents charts: small SVG drawings, no library. Text from data goes in with
// textContent only (never innerHTML), so article text cannot become markup.
"use strict";

const Charts = (() => {
  const NS = "http://www.w3.org/2000/svg";

  function el(tag, attrs = {}, text = null) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== null) node.textContent = String(text);
    return node;
  }

  function svg(container, width, height) {
    container.replaceChildren();
    const root = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
    container.appendChild(root);
    return root;
  }

  function empty(container, message) {
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = message;
    container.replaceChildren(p);
  }

  // Bars of event counts per period, with the mean Goldstein value as a line (-10..10).
  function timeline(container, rows) {
    const total = rows.reduce((s, r) => s + r.events, 0);
    container.dataset.total = String(total);
    container.dataset.periods = String(rows.length);
    if (!rows.length) return empty(container, "No events for this filter.");
    const W = 900, H = 220, L = 40, R = 30, T = 10, B = 24;
    const root = svg(container, W, H);
    const max = Math.max(...rows.map((r) => r.events));
    // Bars stand at their dates: periods without events leave gaps, not a shorter axis.
    const times = rows.map((r) => Date.parse(r.period));
    const gap = Math.min(...times.slice(1).map((t, i) => t - times[i]).filter((d) => d > 0), Infinity);
    const unit = Number.isFinite(gap) ? gap : 1;
    const span = times[times.length - 1] - times[0] + unit;
    const step = (W - L - R) * unit / span;
    const xAt = (i) => L + (W - L - R) * (times[i] - times[0]) / span;
    const y = (v) => T + (H - T - B) * (1 - v / max);
    const g = (v) => T + (H - T - B) * (1 - (v + 10) / 20);
    rows.forEach((r, i) => {
      const bar = el("rect", { x: xAt(i), y: y(r.events), width: Math.max(step * 0.85, 0.5),
        height: H - B - y(r.events), fill: "#6b8fc7" });
      bar.appendChild(el("title", {}, `${r.period}: ${r.events} events, mean Goldstein ${fmt(r.goldstein_mean)}`));
      root.appendChild(bar);
    });
    const line = rows.map((r, i) => `${i ? "L" : "M"}${xAt(i) + step / 2} ${g(r.goldstein_mean ?? 0)}`).join("");
    root.appendChild(el("path", { d: line, fill: "none", stroke: "#d0542c", "stroke-width": 1.5 }));
    root.appendChild(el("line", { x1: L, x2: W - R, y1: g(0), y2: g(0), stroke: "#d0542c", "stroke-dasharray": "3 3",
      "stroke-width": 0.5 }));
    root.appendChild(el("text", { x: L - 4, y: T + 8, "text-anchor": "end" }, max));
    root.appendChild(el("text", { x: L - 4, y: H - B, "text-anchor": "end" }, 0));
    root.appendChild(el("text", { x: W - R + 4, y: T + 8 }, "+10"));
    root.appendChild(el("text", { x: W - R + 4, y: H - B }, "−10"));
    root.appendChild(el("text", { x: L, y: H - 6 }, rows[0].period));
    root.appendChild(el("text", { x: W - R, y: H - 6, "text-anchor": "end" }, rows[rows.length - 1].period));
  }

  // Horizontal bars: [{label, value, onClick}]
  function bars(container, items) {
    if (!items.length) return empty(container, "No dyads for this filter.");
    const W = 440, row = 18, L = 150, H = items.length * row + 4;
    const root = svg(container, W, H);
    const max = Math.max(...items.map((d) => d.value));
    items.forEach((d, i) => {
      const g = el("g", { transform: `translate(0 ${i * row})`, class: "clickable" });
      g.appendChild(el("text", { x: L - 6, y: 13, "text-anchor": "end" }, d.label));
      g.appendChild(el("rect", { x: L, y: 3, height: row - 5, width: Math.max(1, (W - L - 50) * d.value / max),
        fill: d.color || "#6b8fc7" }));
      g.appendChild(el("text", { x: L + 4 + (W - L - 50) * d.value / max, y: 13 }, d.value));
      if (d.onClick) g.addEventListener("click", d.onClick);
      root.appendChild(g);
    });
  }

  // Two series per period: A→B and B→A.
  function dyad(container, rows, a, b) {
    if (!rows.length) return empty(container, "No events between these two.");
    const W = 440, H = 200, L = 30, T = 20, B = 20;
    const root = svg(container, W, H);
    const max = Math.max(1, ...rows.map((r) => Math.max(r.a_to_b, r.b_to_a)));
    const x = (i) => L + (W - L - 10) * (rows.length === 1 ? 0.5 : i / (rows.length - 1));
    const y = (v) => T + (H - T - B) * (1 - v / max);
    [["a_to_b", "#2c6fd0", `${a} → ${b}`], ["b_to_a", "#d0542c", `${b} → ${a}`]].forEach(([key, color, label], k) => {
      const d = rows.map((r, i) => `${i ? "L" : "M"}${x(i)} ${y(r[key])}`).join("");
      root.appendChild(el("path", { d, fill: "none", stroke: color, "stroke-width": 1.5 }));
      root.appendChild(el("text", { x: L + k * 150, y: 12, fill: color }, label));
    });
    root.appendChild(el("text", { x: L - 4, y: T + 8, "text-anchor": "end" }, max));
    root.appendChild(el("text", { x: L, y: H - 4 }, rows[0].period));
    root.appendChild(el("text", { x: W - 10, y: H - 4, "text-anchor": "end" }, rows[rows.length - 1].period));
  }

  // The world outline (our own /static/world.svg, equirectangular) with a circle per place; with
  // a tile URL template ({z}/{x}/{y}, the server's --tiles), raster tiles in Web Mercator instead.
  async function map(container, points, tiles = null) {
    const total = points.reduce((s, p) => s + p.events, 0);
    const max = Math.max(1, ...points.map((p) => p.events));
    const place = tiles ? tileMap(container, tiles) : { root: svg(container, 360, 180), x: (lon) => lon + 180,
      y: (lat) => 90 - lat, scale: 1 };
    if (!tiles) for (const path of await world()) place.root.appendChild(path.cloneNode(true));
    for (const p of points) {
      const c = el("circle", { cx: place.x(p.lon), cy: place.y(p.lat),
        r: place.scale * (0.5 + 2.2 * Math.sqrt(p.events / max)) });
      c.appendChild(el("title", {}, `${p.place ?? ""} (${p.country ?? ""}): ${p.events} events`));
      place.root.appendChild(c);
    }
    container.dataset.points = String(points.length);
    container.dataset.total = String(total);
  }

  // Zoom 2 (4 × 4 tiles of 256 px), from 80° north to 60° south.
  const TILE = 256, ZOOM = 2, WORLD = TILE * 2 ** ZOOM;
  function mercatorY(lat) {
    const phi = Math.max(-85, Math.min(85, lat)) * Math.PI / 180;
    return WORLD * (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
  }

  function tileMap(container, template) {
    const top = mercatorY(80), bottom = mercatorY(-60);
    container.replaceChildren();
    const root = el("svg", { viewBox: `0 ${top} ${WORLD} ${bottom - top}`, role: "img", class: "tiles" });
    container.appendChild(root);
    for (let ty = Math.floor(top / TILE); ty * TILE < bottom; ty++) {
      for (let tx = 0; tx < 2 ** ZOOM; tx++) {
        const href = template.replaceAll("{z}", ZOOM).replaceAll("{x}", tx).replaceAll("{y}", ty);
        root.appendChild(el("image", { href, x: tx * TILE, y: ty * TILE, width: TILE, height: TILE }));
      }
    }
    return { root, x: (lon) => (lon + 180) * WORLD / 360, y: mercatorY, scale: WORLD / 360 };
  }

  let worldPaths = null;  // one fetch of the outline, shared by every drawing
  function world() {
    worldPaths ??= fetch("/static/world.svg", { credentials: "same-origin" }).then((r) => r.text()).then((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return [...doc.querySelectorAll("path")].map((p) => {
        const path = el("path", { d: p.getAttribute("d") });
        const name = p.querySelector("title");
        if (name) path.appendChild(el("title", {}, name.textContent));
        return path;
      });
    });
    return worldPaths;
  }

  // Nodes on a circle, edges coloured by mean Goldstein (green cooperation, red conflict).
  function network(container, graph, onNode) {
    container.dataset.nodes = String(graph.nodes.length);
    if (!graph.nodes.length) return empty(container, "No dyads for this filter.");
    const W = 440, H = 440, R = 170, cx = W / 2, cy = H / 2;
    const root = svg(container, W, H);
    const nodes = [...graph.nodes].sort((a, b) => b.events - a.events);
    const pos = new Map(nodes.map((n, i) => {
      const t = (2 * Math.PI * i) / nodes.length;
      return [n.id, [cx + R * Math.cos(t), cy + R * Math.sin(t)]];
    }));
    const maxW = Math.max(...graph.edges.map((e) => e.weight));
    for (const e of graph.edges) {
      const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
      const color = e.goldstein >= 0 ? "rgba(40,140,70,.55)" : "rgba(200,50,40,.55)";
      const line = el("line", { x1, y1, x2, y2, stroke: color, "stroke-width": 0.5 + 4 * e.weight / maxW });
      line.appendChild(el("title", {}, `${e.source} → ${e.target}: ${e.weight} events, Goldstein ${fmt(e.goldstein)}`));
      root.appendChild(line);
    }
    const maxN = Math.max(...nodes.map((n) => n.events));
    for (const n of nodes) {
      const [x, y] = pos.get(n.id);
      const g = el("g", { class: "clickable" });
      g.appendChild(el("circle", { cx: x, cy: y, r: 2 + 6 * Math.sqrt(n.events / maxN), fill: "#1d2430" }));
      const out = x >= cx;
      g.appendChild(el("text", { x: x + (out ? 8 : -8), y: y + 3, "text-anchor": out ? "start" : "end" }, n.id));
      g.addEventListener("click", () => onNode(n.id));
      root.appendChild(g);
    }
  }

  function fmt(v) {
    return v === null || v === undefined ? "–" : Number(v).toFixed(2);
  }

  return { timeline, bars, dyad, map, network, world, fmt };
})();
