// The live view's page: listens to the server's "state" events (server-sent events) and redraws;
// every button is one POST to the server, which injects exactly the scenario action it names.
// Block cards are keyed by block and kept across updates, so what is typed in them stays.
import { drawTimeline } from "./timeline.js";
import { renderSurface } from "./screens.js";

const $ = (id) => document.getElementById(id);
let state = null;
let tickAt = null;
const LOG_KEEP = 1000;
let log = [];

// ---- talking to the server ----
async function post(op, body = {}) {
  const res = await fetch(`/api/${op}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const out = await res.json();
  if (out.error) notice(out.error);
  else notice("");
  if (out.state) render(out.state, false);
  return out;
}
function act(action) {
  return post("action", { action });
}
function notice(text) {
  const n = $("notice");
  n.textContent = text;
  n.hidden = !text;
}

const events = new EventSource("/api/events");
events.addEventListener("state", (e) => render(JSON.parse(e.data), true));
events.onerror = () => notice("lost the connection to pbts sim --serve (is it still running?)");
events.onopen = () => notice("");

// ---- controls ----
$("play").onclick = () => post("play", { speed: Number($("speed").value) });
$("pause").onclick = () => post("pause");
$("step").onclick = () => post("step", { ticks: 1 });
$("next-run").onclick = () => post("next-run");
$("speed").onchange = () => post("speed", { speed: Number($("speed").value) });
$("restart").onclick = () => {
  log = [];
  $("log").textContent = "";
  post("restart");
};
$("undo").onclick = () => post("undo");
$("save").onclick = async () => {
  const out = await post("save", { path: $("save-path").value });
  if (out.path) $("save-result").textContent = `saved ${out.path} — replay it with: pbts sim ${out.path}`;
};
$("save-path").oninput = () => ($("download").href = `/api/scenario?path=${encodeURIComponent($("save-path").value)}`);
$("timeline").onclick = (e) => {
  if (!state || !tickAt) return;
  const t = Math.max(0, tickAt(e.offsetX));
  if (t > state.tick) post("step", { ticks: t - state.tick });
  else if (t < state.tick) {
    const dropped = state.actions.filter((a) => a.tick > t).length;
    if (!dropped || confirm(`Go back to tick ${t}? The ${dropped} action(s) taken after it are dropped.`)) post("rewind", { tick: t });
  }
};
for (const b of document.querySelectorAll("[data-world]")) {
  b.onclick = () => {
    const kind = b.dataset.world;
    if (kind === "lag") act({ kind, ticks: Number($("world-lag").value) });
    else if (kind === "message-loss") act({ kind, probability: Number($("world-loss").value) });
    else act({ kind });
  };
}
document.addEventListener("keydown", (e) => {
  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
  if (e.key === " ") {
    e.preventDefault();
    state?.playing ? post("pause") : $("play").onclick();
  } else if (e.key === ".") post("step", { ticks: 1 });
  else if (e.key === "n") post("next-run");
});
$("log-filter").oninput = () => redrawLog();
$("log-periodic").onchange = () => redrawLog();

// ---- drawing ----
function render(s, fromStream) {
  if (s.error) {
    state = null;
    $("error").textContent = `The scenario did not load:\n${s.error}\n\nFix it and press Restart.`;
    $("error").hidden = false;
    $("title").textContent = "pbts live";
    $("meta").textContent = s.path;
    for (const id of ["play", "pause", "step", "next-run", "save", "undo"]) $(id).disabled = true;
    return;
  }
  if (state && s.tick < state.tick) {
    log = [];
    $("log").textContent = "";
  }
  state = s;
  $("error").hidden = !s.failure;
  if (s.failure) $("error").textContent = `The simulation stopped: ${s.failure}`;
  for (const id of ["play", "pause", "step", "next-run", "save"]) $(id).disabled = false;
  $("undo").disabled = s.actions.length === 0;
  $("play").disabled = s.playing || !!s.failure;
  $("pause").disabled = !s.playing;
  $("title").textContent = s.name;
  $("meta").textContent = `${s.path} · engine ${s.engine} · seed ${s.seed}${s.description ? " · " + s.description : ""}`;
  const end = s.tick === s.endTick ? " · the scenario's end (play goes on)" : s.tick > s.endTick ? " · past the scenario's end" : "";
  $("clock").textContent = `tick ${s.tick} · ${(s.tick / 60).toFixed(2)} s of ${(s.endTick / 60).toFixed(1)} s${s.playing ? " · playing" : ""}${end}`;
  if (!$("save-path").value) {
    $("save-path").value = s.defaultSavePath;
    $("save-path").oninput();
  }
  $("world-info").textContent = `${s.runs} runs · IGC ${s.igc.sent} sent, ${s.igc.received} received, ${s.igc.dropped} dropped${s.messageLoss ? ` · message loss ${s.messageLoss}` : ""}${s.lagUntil > s.tick ? ` · lagging until tick ${s.lagUntil}` : ""} · ${s.actions.length} action(s) taken`;
  tickAt = drawTimeline($("timeline"), s);
  renderJoints(s);
  renderWorld(s);
  if (fromStream && s.log) appendLog(s.log);
}

function renderJoints(s) {
  const el = $("joints");
  if (el.dataset.count !== String(s.joints.length)) {
    el.dataset.count = String(s.joints.length);
    el.innerHTML = "";
    for (const j of s.joints) {
      const span = document.createElement("span");
      span.className = "joint";
      span.dataset.joint = j.name;
      span.innerHTML = `<b></b><span class="what"></span>`;
      span.querySelector("b").textContent = j.name;
      for (const kind of ["detach", "attach"]) span.appendChild(button(kind, () => act({ kind, joint: j.name })));
      el.appendChild(span);
    }
  }
  for (const j of s.joints) {
    const span = el.querySelector(`[data-joint="${CSS.escape(j.name)}"] .what`);
    if (span) span.textContent = ` ${j.kind} ${j.a} ↔ ${j.b}: ${j.attached ? "attached" : "detached"}`;
  }
}

function button(label, onclick, kind = label) {
  const b = document.createElement("button");
  b.textContent = label;
  b.dataset.action = kind;
  if (["destroy", "damage", "throw", "unpower"].includes(kind)) b.className = "danger";
  b.onclick = onclick;
  return b;
}

/** Grids inside their construct inside their connected group (numbers from the topology). */
function renderWorld(s) {
  const world = $("world");
  const keep = new Set();
  const groups = new Map();
  for (const g of s.grids) {
    if (!groups.has(g.connected)) groups.set(g.connected, new Map());
    const cons = groups.get(g.connected);
    if (!cons.has(g.construct)) cons.set(g.construct, []);
    cons.get(g.construct).push(g);
  }
  for (const [gid, cons] of groups) {
    const group = keyed(world, "group", `g${gid}`, () => `<div class="label"></div>`);
    group.querySelector(".label").textContent = `connected group: ${[...cons.values()].flat().map((g) => g.name).join(", ")}`;
    keep.add(group);
    for (const [cid, grids] of cons) {
      const con = keyed(group, "construct", `c${cid}`, () => `<div class="label"></div>`);
      con.querySelector(".label").textContent = `construct: ${grids.map((g) => g.name).join(" + ")}`;
      keep.add(con);
      for (const g of grids) {
        const grid = keyed(con, "grid", `grid:${g.name}`, () => gridHtml());
        if (!grid.dataset.ready) setupGrid(grid, g);
        grid.querySelector(".grid-info").textContent = `${g.isStatic ? "station" : "ship"} · ${g.powered ? "powered" : "UNPOWERED"} · at ${g.position.join(", ")}`;
        keep.add(grid);
        const list = grid.querySelector(".blocks");
        for (const b of g.blocks) {
          const card = keyed(list, "block", b.key, () => "");
          if (!card.dataset.ready) setupBlock(card, b);
          updateBlock(card, b, s);
          keep.add(card);
        }
      }
    }
  }
  for (const el of world.querySelectorAll(".group, .construct, .grid, .block")) if (!keep.has(el)) el.remove();
}

/** The child of `parent` with class `cls` and data-key `key`, created (and moved here) as needed. */
function keyed(parent, cls, key, html) {
  let el = document.querySelector(`.${cls}[data-key="${CSS.escape(key)}"]`);
  if (!el) {
    el = document.createElement("div");
    el.className = cls;
    el.dataset.key = key;
    el.innerHTML = html();
  }
  if (el.parentElement !== parent) parent.appendChild(el);
  return el;
}

function gridHtml() {
  return `<div class="grid-head"><span class="name"></span><span class="grid-info kv"></span><span class="actions"></span></div><div class="blocks"></div>`;
}
function setupGrid(el, g) {
  el.dataset.ready = "1";
  el.dataset.grid = g.name;
  el.querySelector(".name").textContent = `Grid ${g.name}`;
  const actions = el.querySelector(".actions");
  for (const kind of ["unpower", "repower"]) actions.appendChild(button(`${kind} grid`, () => act({ kind, grid: g.name }), kind));
  const pos = input("pos wide", "x, y, z (m)", g.position.join(", "));
  actions.append(button("move", () => act({ kind: "move", grid: g.name, position: pos.value.split(",").map(Number) })), pos);
}

function input(cls, placeholder, value = "", type = "text") {
  const i = document.createElement("input");
  i.className = cls;
  i.placeholder = placeholder;
  i.value = value;
  i.type = type;
  return i;
}

/** JSON if it parses ("0.5", "true", "\"x\""), else the text as it is ("Recharge"). */
function parseValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function setupBlock(card, b) {
  card.dataset.ready = "1";
  card.dataset.kind = b.kind;
  card.innerHTML = `<div class="block-head"><span class="dot"></span><span class="name"></span><span class="role" data-testid="role"></span><span class="type"></span><span class="status" data-testid="status"></span></div>
    <div class="kv info"></div>
    <div class="pb-only"><div class="label-small">Echo</div><pre class="echo"></pre><div class="label-small detailed-label">DetailedInfo</div><pre class="detailed"></pre><div class="kv storage"></div></div>
    <div class="surfaces"></div><table class="props"></table><div class="kv other"></div>
    <details class="custom-data"><summary>CustomData</summary><textarea rows="5" spellcheck="false"></textarea><br><button data-action="set-custom-data">set CustomData</button></details>
    <div class="actions"></div>`;
  if (b.kind !== "pb") card.querySelector(".pb-only").remove();
  const cd = card.querySelector(".custom-data textarea");
  card.querySelector(".custom-data button").onclick = () => act({ kind: "set-custom-data", block: b.key, value: cd.value });
  const actions = card.querySelector(".actions");
  const key = b.key;
  const simple = (kind, label = kind) => actions.appendChild(button(label, () => act({ kind, block: key }), kind));
  simple("destroy");
  simple("damage");
  simple("repair");
  simple("turn-off", "turn off");
  simple("turn-on", "turn on");
  simple("unpower");
  simple("repower");
  if (b.kind === "pb") {
    simple("throw");
    simple("recompile");
    actions.appendChild(button("next run", () => post("next-run", { block: key }), "next-run"));
    const arg = input("arg wide", "argument", b.argument);
    actions.append(button("run", () => act({ kind: "run", block: key, argument: arg.value })), arg);
    const lag = input("lag", "ticks", "60", "number");
    actions.append(button("lag", () => act({ kind: "lag", block: key, ticks: Number(lag.value) })), lag);
    const loss = input("loss", "0..1", "0.5", "number");
    loss.step = "0.05";
    actions.append(button("message loss", () => act({ kind: "message-loss", block: key, probability: Number(loss.value) }), "message-loss"), loss);
  }
  if (b.kind === "connector") {
    simple("disconnect");
    simple("connect");
  }
  const prop = input("prop wide", "property (e.g. Enabled)");
  const val = input("val", "value");
  actions.append(button("set", () => act({ kind: "set", block: key, property: prop.value, value: parseValue(val.value) })), prop, val);
}

function updateBlock(card, b, s) {
  card.classList.toggle("destroyed", b.status === "destroyed");
  card.dataset.status = b.status;
  card.querySelector(".dot").style.background = s.colors.status[b.status] || "#888";
  card.querySelector(".name").textContent = b.name === b.key ? b.key : `${b.key} (“${b.name}”)`;
  card.querySelector(".type").textContent = b.type;
  card.querySelector(".status").textContent = b.status;
  const role = card.querySelector(".role");
  role.textContent = b.role || "";
  role.style.background = (b.role && s.colors.roles[b.role]) || "";
  const info = [];
  if (b.kind === "pb") {
    info.push(`script ${b.script ?? "(none)"}`);
    if (b.instructions) info.push(`instructions last ${b.instructions.last}, max ${b.instructions.max} of 50000 (${b.instructions.runs} counted runs)`);
    else if (s.engine === "cs") info.push("no counted run yet");
  }
  if (b.igc) info.push(`IGC ${b.igc.sent} sent, ${b.igc.received} received, ${b.igc.dropped} dropped`);
  if (b.kind === "connector") info.push(b.connected ? `connected to ${b.connectedTo}` : "not connected");
  if (b.kind === "antenna") info.push(`radius ${b.radius} m${b.broadcasting === false ? ", not broadcasting" : ""}`);
  card.querySelector(".info").textContent = info.join(" · ");
  // CustomData: refreshed unless it is being edited
  const cd = card.querySelector(".custom-data textarea");
  if (document.activeElement !== cd && cd.dataset.shown !== b.customData) {
    cd.value = b.customData;
    cd.dataset.shown = b.customData;
  }
  if (b.kind === "pb") {
    setText(card.querySelector(".echo"), b.echo);
    const same = b.detailedInfo === b.echo;
    setText(card.querySelector(".detailed"), same ? "" : b.detailedInfo);
    card.querySelector(".detailed-label").hidden = same || !b.detailedInfo;
    setText(card.querySelector(".storage"), b.storage ? `Storage: ${b.storage}` : "");
  }
  const surfaces = card.querySelector(".surfaces");
  (b.surfaces || []).forEach((sv, i) => {
    let el = surfaces.children[i];
    if (!el) {
      el = document.createElement("div");
      el.className = "surface";
      surfaces.appendChild(el);
    }
    renderSurface(el, sv);
  });
  const props = Object.entries(b.properties || {});
  const table = card.querySelector(".props");
  const html = props.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(JSON.stringify(v))}</td></tr>`).join("");
  if (table.dataset.html !== html) {
    table.dataset.html = html;
    table.innerHTML = html;
  }
  setText(card.querySelector(".other"), Object.entries(b.otherEvents || {}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n"));
}

function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}
function esc(t) {
  return String(t).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

// ---- the trace log ----
function appendLog(l) {
  if (l.skipped) log.push({ tick: null, text: `… ${l.skipped} events not shown (GET /api/trace has them all)` });
  log.push(...l.entries);
  trimLog();
  redrawLog();
}
// Periodic runs and IGC go first when the log is over LOG_KEEP, so a fault, a role change or a command stays
// findable with the filter long after it (at 10x, a group's periodic events fill 1,000 entries in seconds).
function trimLog() {
  let over = log.length - LOG_KEEP;
  if (over <= 0) return;
  log = log.filter((e) => !(over > 0 && e.tick !== null && e.periodic && over--));
  if (log.length > 5 * LOG_KEEP) log = log.slice(-5 * LOG_KEEP);
}
function shown(e) {
  if (e.tick === null) return true;
  if (!$("log-periodic").checked && e.periodic) return false;
  const f = $("log-filter").value.trim().toLowerCase();
  return !f || `${e.block ?? ""} ${e.kind} ${e.text}`.toLowerCase().includes(f);
}
function redrawLog() {
  const el = $("log");
  const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
  const rows = log.filter(shown).slice(-400);
  el.innerHTML = rows
    .map((e) => (e.tick === null ? `<div class="row">${esc(e.text)}</div>` : `<div class="row ${esc(e.kind)}">${String(e.tick).padStart(6)}  ${esc((e.block ?? "(world)").padEnd(14))} ${esc(e.kind.padEnd(11))} ${esc(e.text)}</div>`))
    .join("");
  if (atBottom) el.scrollTop = el.scrollHeight;
}
