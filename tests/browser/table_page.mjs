// Drives the tables' page in headless Chromium, as the room's phones would
// (tests/serve.rs starts `tablee serve` and reads what this prints).
// Environment: TABLEE_URL (table A's page), CHROMIUM, AXE (axe.min.js),
// NODE_PATH-free: playwright-core is imported from PLAYWRIGHT (its folder).
// Prints one JSON object on stdout.
import { createRequire } from "module";
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT);

const url = process.env.TABLEE_URL;
const out = { axe: {}, steps: [], csp: [], errors: [] };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const step = (s) => out.steps.push(s);

try {
  // A phone in French, keyboard only, with the page's real CSP.
  const ctx = await browser.newContext({ locale: "fr-FR", viewport: { width: 320, height: 640 }, hasTouch: true });
  const page = await ctx.newPage();
  page.on("console", (m) => { if (/Content.Security.Policy/i.test(m.text())) out.csp.push(m.text()); });
  page.on("pageerror", (e) => out.errors.push(String(e)));
  await page.goto(url);
  // Tab to the first column's choice, arrow to the second, Tab to the text.
  let tabs = 0;
  while (tabs < 15) {
    await page.keyboard.press("Tab");
    tabs++;
    const name = await page.evaluate(() => document.activeElement && document.activeElement.name);
    if (name === "column") break;
  }
  await page.keyboard.press("ArrowRight");
  let seenText = false;
  for (let i = 0; i < 10 && !seenText; i++) {
    await page.keyboard.press("Tab");
    seenText = await page.evaluate(() => document.activeElement && document.activeElement.id === "text");
  }
  await page.keyboard.type("Écrit au clavier sur un téléphone <3");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("enregistré"), null, { timeout: 10000 });
  await page.waitForFunction(() => document.getElementById("board").textContent.includes("Écrit au clavier"), null, { timeout: 5000 });
  const column = await page.evaluate(() => {
    const li = [...document.querySelectorAll("#board li")].find((l) => l.textContent.includes("Écrit au clavier"));
    return li && li.closest("section.col").querySelector("h2").textContent;
  });
  step({ keyboard: true, tabs, column });
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT, fullPage: true });

  // Out of Wi-Fi range: typed, kept, said; back in range: sent once.
  await ctx.setOffline(true);
  await page.fill("#text", "Tapé hors réseau");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("Pas de réseau"), null, { timeout: 10000 });
  const waiting = await page.evaluate(() => document.querySelectorAll("#outbox li").length);
  const offlineSaid = await page.evaluate(() => document.getElementById("status").textContent);
  await new Promise((r) => setTimeout(r, 1500));
  await ctx.setOffline(false);
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("enregistré"), null, { timeout: 15000 });
  await page.waitForFunction(() => document.getElementById("board").textContent.includes("Tapé hors réseau"), null, { timeout: 10000 });
  const after = await page.evaluate(() => document.querySelectorAll("#outbox li").length);
  step({ offline: true, waiting, offlineSaid, after });

  // A draft survives a reload.
  await page.fill("#text", "Brouillon pas encore envoyé");
  await page.reload();
  const draft = await page.inputValue("#text");
  step({ draft });

  // A dot, by tapping.
  const before = await page.evaluate(() => document.querySelector("#board li .sr").textContent);
  await page.tap("#board li form.vote button[value='1']");
  await page.waitForFunction((b) => document.querySelector("#board li .sr").textContent !== b, before, { timeout: 10000 });
  const dots = await page.evaluate(() => document.querySelector("#board li .sr").textContent);
  step({ dot: true, before, dots });
  await ctx.close();

  // JavaScript off: the form still adds the post-it.
  const plain = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const p2 = await plain.newPage();
  await p2.goto(url);
  await p2.fill("#text", "Sent without JavaScript");
  await Promise.all([p2.waitForURL(/saved=1/), p2.click("button[type=submit]")]);
  const status = await p2.textContent("#status");
  const listed = (await p2.textContent("#board")).includes("Sent without JavaScript");
  step({ nojs: true, status, listed });
  await plain.close();
  // Accessibility, once the board holds post-its and dots: axe-core at
  // phone and desktop width, in French and English (the browser's
  // language picks the page's).
  for (const locale of ["fr-FR", "en-GB"]) {
    for (const width of [320, 1280]) {
      const ctx = await browser.newContext({ locale, viewport: { width, height: 800 }, bypassCSP: true });
      const page = await ctx.newPage();
      await page.goto(url);
      await page.addScriptTag({ path: process.env.AXE });
      const v = await page.evaluate(async () => {
        const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
      });
      const lang = await page.evaluate(() => document.documentElement.lang);
      // Nothing wider than the screen at 320 px.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      out.axe[`${locale}@${width}`] = { lang, violations: v, overflow };
      await ctx.close();
    }
  }

} catch (e) {
  out.errors.push(String(e && e.stack || e));
}
await browser.close();
console.log(JSON.stringify(out));
