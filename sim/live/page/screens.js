// Text surfaces (LCDs, a PB's screen): the text with its font size and colours, and, when the
// simulator traces a drawn frame ("sprites" events), its sprites on a canvas. The sprite fields are
// read leniently (the trace's type/data/position/size/color/font/alignment/rotation, SE's names
// Type/Data/Position/Size/Color/FontId/Alignment/RotationOrScale, or lower-case ones), so the page
// draws what the trace carries.

export function cssColor(c) {
  if (typeof c === "string") return c;
  if (Array.isArray(c) && c.length >= 3) return `rgba(${c[0]},${c[1]},${c[2]},${c.length > 3 ? c[3] / 255 : 1})`;
  if (c && typeof c === "object") {
    const r = c.R ?? c.r;
    const a = c.A ?? c.a;
    if (typeof r === "number") return `rgba(${r},${c.G ?? c.g},${c.B ?? c.b},${a === undefined ? 1 : a / 255})`;
  }
  return undefined;
}

function vec(v, fallback) {
  if (Array.isArray(v)) return [Number(v[0]), Number(v[1])];
  if (v && typeof v === "object") return [Number(v.X ?? v.x ?? 0), Number(v.Y ?? v.y ?? 0)];
  return fallback;
}

function field(o, name) {
  return o[name] ?? o[name[0].toLowerCase() + name.slice(1)];
}

/** The sprite list inside a "sprites" event's data (the first array of objects in it). */
function spriteList(data) {
  if (Array.isArray(data)) return data;
  for (const v of Object.values(data || {})) if (Array.isArray(v) && v.every((s) => s && typeof s === "object")) return v;
  return [];
}

/** Fill `el` (a .surface) from a surface's view; returns nothing. */
export function renderSurface(el, s) {
  let lcd = el.querySelector(".lcd");
  if (!lcd) {
    el.innerHTML = `<div class="label-small"></div><div class="lcd"><div class="text"></div></div>`;
    lcd = el.querySelector(".lcd");
  }
  el.querySelector(".label-small").textContent = [s.name || (s.index === null ? "screen" : `surface ${s.index}`), s.font, s.fontSize !== undefined ? `size ${s.fontSize}` : "", s.contentType !== undefined ? `content ${s.contentType}` : ""].filter(Boolean).join(" · ");
  const text = lcd.querySelector(".text");
  if (text.textContent !== s.text) text.textContent = s.text;
  lcd.style.color = s.fontColor || "";
  lcd.style.background = s.backgroundColor || "";
  lcd.style.fontSize = typeof s.fontSize === "number" ? `${Math.max(8, Math.min(40, 12 * s.fontSize))}px` : "";
  const align = String(s.alignment ?? "").toUpperCase(); // TextAlignment: LEFT 0, RIGHT 1, CENTER 2
  lcd.style.textAlign = align === "1" || align === "RIGHT" ? "right" : align === "2" || align === "CENTER" ? "center" : "";
  let canvas = lcd.querySelector("canvas");
  if (s.sprites) {
    if (!canvas) {
      canvas = document.createElement("canvas");
      canvas.className = "sprites";
      lcd.appendChild(canvas);
    }
    drawSprites(canvas, s.sprites, s.surfaceSize, s.backgroundColor);
  } else if (canvas) canvas.remove();
}

/** Draw a frame's sprites (SE: textures centred on Position, text anchored by Alignment). */
export function drawSprites(canvas, data, surfaceSize, background) {
  const [w, h] = vec(data.surfaceSize ?? data.size ?? surfaceSize, [512, 512]);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const g = canvas.getContext("2d");
  g.fillStyle = cssColor(data.backgroundColor) || background || "#000";
  g.fillRect(0, 0, w, h);
  for (const sp of spriteList(data)) {
    const type = String(field(sp, "Type") ?? "TEXTURE").toUpperCase();
    const color = cssColor(field(sp, "Color")) || "#fff";
    const [px, py] = vec(field(sp, "Position"), [w / 2, h / 2]);
    const name = String(field(sp, "Data") ?? "");
    // SpriteType: TEXTURE 0, TEXT 2, CLIP_RECT 4
    const align = String(field(sp, "Alignment") ?? (type === "TEXT" || type === "2" ? "LEFT" : "CENTER")).toUpperCase();
    g.fillStyle = color;
    g.strokeStyle = color;
    if (type === "TEXT" || type === "2") {
      const scale = Number(field(sp, "RotationOrScale") ?? sp.rotation ?? sp.scale ?? 1) || 1;
      g.font = `${Math.round(28.8 * scale)}px ${/mono/i.test(String(field(sp, "FontId") ?? sp.font ?? "")) ? "monospace" : "sans-serif"}`;
      g.textBaseline = "top";
      g.textAlign = align === "RIGHT" || align === "1" ? "right" : align === "CENTER" || align === "2" ? "center" : "left";
      name.split("\n").forEach((line, i) => g.fillText(line, px, py + i * 30 * scale));
    } else if (type === "CLIP_RECT" || type === "4") {
      continue;
    } else {
      const [sw, sh] = vec(field(sp, "Size"), [w, h]);
      const left = align === "LEFT" || align === "0" ? px : px - sw / 2;
      const top = py - sh / 2;
      const rot = Number(field(sp, "RotationOrScale") ?? sp.rotation ?? 0) || 0;
      g.save();
      g.translate(left + sw / 2, top + sh / 2);
      g.rotate(rot);
      if (/circle/i.test(name)) {
        g.beginPath();
        g.ellipse(0, 0, sw / 2, sh / 2, 0, 0, Math.PI * 2);
        if (/hollow/i.test(name)) g.stroke();
        else g.fill();
      } else if (/triangle/i.test(name)) {
        g.beginPath();
        g.moveTo(0, -sh / 2);
        g.lineTo(sw / 2, sh / 2);
        g.lineTo(-sw / 2, sh / 2);
        g.closePath();
        g.fill();
      } else if (/square|simple|white/i.test(name) || name === "") {
        if (/hollow/i.test(name)) g.strokeRect(-sw / 2, -sh / 2, sw, sh);
        else g.fillRect(-sw / 2, -sh / 2, sw, sh);
      } else {
        // an icon texture the page has no picture of: its outline and its name
        g.strokeRect(-sw / 2, -sh / 2, sw, sh);
        g.font = "14px sans-serif";
        g.textAlign = "center";
        g.textBaseline = "middle";
        g.fillText(name, 0, 0, sw);
      }
      g.restore();
    }
  }
}
