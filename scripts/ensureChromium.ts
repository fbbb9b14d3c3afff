import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
 * Before `npm test`, install it when it is missing and we may (root on Debian); otherwise say how.
 */
const CHROMIUM = "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it (on Debian: sudo apt-get install -y chromium), then run npm test again.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests (about 30 s)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
}
