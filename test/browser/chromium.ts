import { type Browser, chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { SidebarServer } from "../../scripts/sidebarServer";

/**
 * Debian's Chromium, headless; Playwright cannot download its own browser on this network, and without the
 * background-networking flags Chromium keeps trying hosts this machine cannot reach.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** One Chromium per test file and the sidebar server a test started, closed after that test. */
export interface SidebarSession {
  readonly browser: Browser;
  server: SidebarServer | undefined;
}

export function sidebarSession(): SidebarSession {
  let browser: Browser | undefined;
  const session: SidebarSession = {
    get browser() {
      if (!browser)
        throw new Error(
          "Chromium is not running: sidebarSession() must be called at a test file's top level",
        );
      return browser;
    },
    server: undefined,
  };
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await session.server?.close();
    session.server = undefined;
  });
  return session;
}
