// The live view in a real browser: Debian's chromium, headless, driven by playwright-core (no
// browser download). It opens a failover scenario, destroys the active PB with the page's button,
// sees another PB's role become active on the page, saves the session and replays it with the
// simulator to the same trace, and leaves a screenshot in .tmp/live-view.png.
// Without /usr/bin/chromium the test is skipped with that reason, except under CI (CI=true or
// PBTS_REQUIRE_MONO=1), where it fails: .ci/run installs chromium.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { FAILOVER, ROOT, TMP, firstDifference, replay, startLive, type Running } from "./helpers.ts";

const CHROMIUM = process.env.PBTS_CHROMIUM ?? "/usr/bin/chromium"; // PBTS_CHROMIUM: another chromium binary
const REQUIRED = process.env.CI === "true" || !!process.env.PBTS_REQUIRE_MONO;
const missing = existsSync(CHROMIUM) ? null : `chromium not found at ${CHROMIUM} (Debian: apt-get install chromium)`;
if (missing && !REQUIRED) console.warn(`test/live/browser.test.ts skipped: ${missing}`);

/** How long a poll waits for the page to show a change: vitest's 1 s default failed on a loaded machine (a wait, not a timing assertion). */
const POLL = { timeout: 20_000 };

describe.skipIf(missing !== null && !REQUIRED)("live view in a browser", () => {
  let browser: Browser;
  let live: Running | null = null;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(`${missing}; under CI the live view's browser test is required (.ci/run installs chromium)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await page?.close();
    await live?.server.close();
    live = null;
  });
  async function open(engine: "ts" | "cs"): Promise<Running> {
    live = await startLive(FAILOVER, { engine });
    pageErrors.length = 0;
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    return live;
  }

  const role = (key: string) => page.locator(`.block[data-key="${key}"] .role`);
  async function activePb(): Promise<string | null> {
    for (const key of ["PB 0", "PB 1", "PB 2"]) if ((await role(key).textContent()) === "active") return key;
    return null;
  }

  // The C# engine needs mono (required under CI, like every C# check).
  const engines = csChecksUnavailable() === null ? (["ts", "cs"] as const) : (["ts"] as const);
  it.each(engines)("--engine %s: destroys the active PB from the page, shows the takeover, saves and replays the session", async (engine) => {
    const live = await open(engine);
    await page.goto(live.url);
    await page.locator('.block[data-key="PB 0"]').waitFor();
    expect(await page.locator("#title").textContent()).toBe("live-failover");
    // Step to the next run until the failover group has elected its active copy.
    let active: string | null = null;
    for (let i = 0; i < 300 && !active; i++) {
      const clock = await page.locator("#clock").textContent();
      await page.click("#next-run");
      await expect.poll(() => page.locator("#clock").textContent(), POLL).not.toBe(clock);
      active = await activePb();
    }
    expect(active, "a PB shows the role active").not.toBeNull();
    const tickBefore = live.server.session!.tick;
    expect(await page.locator("#clock").textContent()).toContain(`tick ${tickBefore} `);

    await page.click(`.block[data-key="${active}"] button[data-action="destroy"]`);
    await expect.poll(() => page.locator(`.block[data-key="${active}"] [data-testid="status"]`).textContent(), POLL).toBe("destroyed");
    expect(live.server.session!.actions).toEqual([{ tick: tickBefore + 1, kind: "destroy", block: active }]);

    // Play 10x until another PB's role reads "active" on the page.
    await page.selectOption("#speed", "600");
    await page.click("#play");
    let next: string | null = null;
    await expect
      .poll(async () => {
        next = await activePb();
        return next !== null && next !== active;
      }, { timeout: 60_000 })
      .toBe(true);
    await page.click("#pause");
    await expect.poll(() => live.server.playing, POLL).toBe(false);
    expect(next).not.toBe(active);

    // Save as scenario, then replay it with the simulator: the same trace, event for event.
    const saved = join(TMP, `browser-session-${engine}.json`);
    await page.fill("#save-path", saved);
    await page.click("#save");
    await expect.poll(() => page.locator("#save-result").textContent(), POLL).toContain(`saved ${saved}`);
    const trace = (await (await fetch(live.url + "api/trace")).json()) as unknown[];
    expect(trace.length).toBeGreaterThan(0);
    expect(firstDifference(trace, await replay(saved, engine))).toBeNull();
    if (engine === "cs") expect(await page.locator(`.block[data-key="${next}"] .info`).textContent()).toMatch(/instructions last \d+, max \d+ of 50000/);

    // The timeline was drawn, the LCD and the PB's screen are on the page, the log lists the fault.
    expect(await page.locator("#timeline").evaluate((c) => (c as unknown as { height: number }).height)).toBeGreaterThan(40);
    expect(await page.locator('.block[data-key="Work Log"] .lcd').count()).toBe(1);
    // Play on to the scenario's end (1,800 ticks): far more periodic runs and IGC than the page keeps pass, and the
    // destroy stays findable (they leave the page's log first; CI under load once lost it behind 1,000 events).
    await page.selectOption("#speed", "0");
    await page.click("#play");
    await expect.poll(() => live.server.playing, { timeout: 120_000 }).toBe(false);
    await page.fill("#log-filter", "destroy");
    await expect.poll(() => page.locator("#log").textContent(), POLL).toContain(`${active}`);
    await page.fill("#log-filter", "");
    // A frame of sprites on the LCD (the simulator's "sprites" event; injected here, after the
    // replay check, as the simulator does not trace frames on this branch yet) is drawn on a canvas.
    const sim = live.server.session!.sim;
    sim.trace.add(sim.tick, "Work Log", "sprites" as never, {
      sprites: [
        // the trace's form of a MySprite (sim/blocks/text-surface.ts spriteForTrace on the blocks branch)
        { type: "TEXTURE", data: "SquareSimple", position: [256, 256], size: [200, 100], color: [255, 0, 0, 255], font: null, alignment: "CENTER", rotation: 0 },
        { type: "TEXT", data: "HELLO", position: [20, 20], size: null, color: [0, 255, 0, 255], font: "Debug", alignment: "LEFT", rotation: 2 },
      ],
    });
    await page.click("#step");
    const canvas = page.locator('.block[data-key="Work Log"] canvas.sprites');
    await canvas.waitFor();
    expect(await canvas.evaluate((c: any) => [...c.getContext("2d").getImageData(256, 256, 1, 1).data])).toEqual([255, 0, 0, 255]);
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: join(ROOT, engine === "ts" ? ".tmp/live-view.png" : ".tmp/live-view-cs.png"), fullPage: true });
    // Undo takes the session back to just before the destroy: the PB works again.
    await page.click("#undo");
    await expect.poll(() => page.locator(`.block[data-key="${active}"] [data-testid="status"]`).textContent(), POLL).toBe("working");
    expect(live.server.session!.tick).toBe(tickBefore);
    expect(await page.locator("#undo").isDisabled()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("shows a scenario that does not load, with its error", async () => {
    const bad = await startLive(join(ROOT, "test/live/scenarios/does-not-exist.json"));
    try {
      const p = (page = await browser.newPage());
      await p.goto(bad.url);
      await expect.poll(() => p.locator("#error").textContent(), POLL).toContain('scenario "');
      expect(await p.locator("#error").textContent()).toContain("does-not-exist.json\" not found");
      expect(await p.locator("#error").isVisible()).toBe(true);
      await p.close();
    } finally {
      await bad.server.close();
    }
  });
});
