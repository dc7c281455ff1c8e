// The timeline: the SVG's picture (sim/svg.ts) drawn live on a canvas. One row per programmable
// block: its status bar (working, off, unpowered, ...), under it the role band (drawn while the block
// is working), red marks for faults (grey for random ones), and the current tick as a line.

const LABEL = 110;
const ROW = 34;

/** Draw `state` on `canvas`; returns a function tick(x) for clicks. */
export function drawTimeline(canvas, state) {
  const pbs = state.pbs;
  const width = canvas.clientWidth || 800;
  const height = 22 + pbs.length * ROW;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = height + "px";
  }
  const g = canvas.getContext("2d");
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, width, height);
  const span = Math.max(state.endTick, state.tick, 1);
  const x = (t) => LABEL + ((width - LABEL - 8) * t) / span;
  g.font = "12px system-ui, sans-serif";
  g.textBaseline = "middle";
  // axis: seconds
  g.fillStyle = "#6a737d";
  const stepS = niceStep(span / 60 / 8);
  for (let s = 0; s * 60 <= span; s += stepS) {
    g.fillRect(x(s * 60), 14, 1, height - 14);
    g.fillText(`${s}s`, x(s * 60) + 2, 7);
  }
  if (state.endTick < span) {
    g.fillStyle = "#b3261e";
    g.fillRect(x(state.endTick), 12, 1, height - 12);
  }
  pbs.forEach((key, row) => {
    const y = 18 + row * ROW;
    const band = state.bands[key] || { states: [], roles: [] };
    g.fillStyle = "#1f2328";
    g.fillText(key.length > 16 ? key.slice(0, 15) + "…" : key, 4, y + 9);
    // status segments up to the current tick
    const states = band.states;
    states.forEach(([t, status], k) => {
      const end = k + 1 < states.length ? states[k + 1][0] : state.tick;
      g.fillStyle = state.colors.status[status] || "#888";
      g.fillRect(x(t), y, Math.max(1, x(end) - x(t)), 18);
    });
    // role band: while working only (as the SVG)
    const working = [];
    states.forEach(([t, status], k) => {
      if (status === "working") working.push([t, k + 1 < states.length ? states[k + 1][0] : state.tick]);
    });
    const roles = band.roles;
    roles.forEach(([t, role], k) => {
      if (!role) return;
      const end = k + 1 < roles.length ? roles[k + 1][0] : state.tick;
      for (const [w0, w1] of working) {
        const s0 = Math.max(t, w0);
        const s1 = Math.min(end, w1);
        if (s1 <= s0 && !(s0 === s1 && s0 === state.tick)) continue;
        const px = Math.max(1, x(s1) - x(s0));
        g.fillStyle = state.colors.roles[role] || "#888";
        g.fillRect(x(s0), y + 20, px, 9);
        if (px > 50) {
          g.fillStyle = "#fff";
          g.font = "9px system-ui, sans-serif";
          g.fillText(role, x(s0) + 3, y + 25);
          g.font = "12px system-ui, sans-serif";
        }
      }
    });
    for (const m of state.marks) {
      if (m.block !== key) continue;
      g.fillStyle = m.random ? "#6a737d" : "#d93025";
      g.fillRect(x(m.tick) - 1, y - 2, 3, 22);
    }
  });
  // world-wide faults (save-reload, lag, message-loss, grid power, joints) across every row
  for (const m of state.marks) {
    if (m.block !== null && pbs.includes(m.block)) continue;
    g.fillStyle = "rgba(217,48,37,.45)";
    g.fillRect(x(m.tick), 14, 2, height - 14);
  }
  g.fillStyle = "#1a73e8";
  g.fillRect(x(state.tick) - 1, 12, 2, height - 12);
  return (px) => Math.round(((px - LABEL) * span) / (width - LABEL - 8));
}

function niceStep(raw) {
  for (const s of [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600]) if (s >= raw) return s;
  return 3600;
}
