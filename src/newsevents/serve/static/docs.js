// The API documentation: read /openapi.json and list every endpoint with its parameters
// and a form to try it. Text from the schema and from responses is set with textContent.
"use strict";

function node(tag, text, attrs = {}) {
  const n = document.createElement(tag);
  if (text !== null && text !== undefined) n.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

function typeOf(schema) {
  if (!schema) return "";
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
  return [schema.type, schema.format, schema.pattern && `/${schema.pattern}/`].filter(Boolean).join(" ");
}

function endpoint(path, method, op) {
  const section = node("section");
  const h = node("h2");
  h.append(node("span", method.toUpperCase(), { class: "method" }), document.createTextNode(path));
  section.append(h, node("p", op.summary || ""));
  const table = node("table");
  const head = node("tr");
  head.append(node("th", "parameter"), node("th", "in"), node("th", "type"), node("th", "description"),
    node("th", "value"));
  table.append(head);
  const inputs = [];
  for (const p of op.parameters || []) {
    const input = node("input", null, { name: p.name, placeholder: p.schema?.default ?? "" });
    inputs.push([p, input]);
    const tr = node("tr");
    const value = node("td");
    value.append(input);
    tr.append(node("td", p.name + (p.required ? " *" : "")), node("td", p.in), node("td", typeOf(p.schema)),
      node("td", p.description || ""), value);
    table.append(tr);
  }
  const out = node("pre", null, { hidden: "" });
  const button = node("button", "Try it", { type: "button" });
  button.addEventListener("click", async () => {
    let url = path;
    const query = new URLSearchParams();
    for (const [p, input] of inputs) {
      if (!input.value) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(input.value));
      else query.set(p.name, input.value);
    }
    const response = await fetch(`${url}?${query}`, { credentials: "same-origin" });
    const text = await response.text();
    out.hidden = false;
    out.textContent = `${response.status} ${response.headers.get("content-type")}\n\n${text.slice(0, 20000)}`;
  });
  section.append(table, button, out);
  return section;
}

async function main() {
  const spec = await (await fetch("/openapi.json", { credentials: "same-origin" })).json();
  document.getElementById("description").textContent = spec.info.description || "";
  const main = document.getElementById("endpoints");
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) main.append(endpoint(path, method, op));
  }
}

main();
