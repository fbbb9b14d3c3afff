/** Typical engagement rate for accounts of a given size, for the report's vanity-metrics warning. */
export interface BenchmarkBand {
  label: string;
  /** Inclusive. */
  minFollowers: number;
  /** Exclusive; null = no upper limit. */
  maxFollowers: number | null;
  /** Average engagement rate as a fraction (0.0178 = 1.78%); null where the source gives no figure (not checked). */
  engagementRate: number | null;
}

/** One platform's table: where it comes from and what its rate counts, so the check compares like with like. */
export interface Benchmark {
  platform: string;
  /** Where the numbers come from, with the year; printed under the warning so a reader can judge them. */
  source: string;
  bands: BenchmarkBand[];
}

export type Benchmarks = readonly Benchmark[];

/** What every default table's rate counts (HypeAuditor's definition), and what the check computes. */
export const BENCHMARK_DEFINITION = "average likes + comments per post ÷ followers";

/** The source TikTok and YouTube name while they start empty. */
const NO_FIGURE = "no default (no citable 2024–2026 per-tier figure)";

export const BENCHMARK_PLATFORMS = ["Instagram", "TikTok", "YouTube"] as const;
export type BenchmarkPlatform = (typeof BENCHMARK_PLATFORMS)[number];

/**
 * The defaults, one per platform. Instagram: HypeAuditor's State of Influencer Marketing 2026, as
 * EMARKETER reported it (https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts):
 * nano 1K–10K 1.78%, micro 10K–50K 0.54%, over 1M 0.33%; the summary gives no figure for 50K–1M,
 * so that band is left unchecked rather than guessed. TikTok and YouTube: no per-tier figure from
 * 2024–2026 with a stated definition was found to cite, so their tables start empty (README says so).
 */
export const DEFAULT_BENCHMARKS: Record<BenchmarkPlatform, Benchmark> = {
  Instagram: {
    platform: "Instagram",
    source: "HypeAuditor, State of Influencer Marketing 2026",
    bands: [
      { label: "1K–10K", minFollowers: 1_000, maxFollowers: 10_000, engagementRate: 0.0178 },
      { label: "10K–50K", minFollowers: 10_000, maxFollowers: 50_000, engagementRate: 0.0054 },
      { label: "50K–1M", minFollowers: 50_000, maxFollowers: 1_000_000, engagementRate: null },
      { label: "over 1M", minFollowers: 1_000_000, maxFollowers: null, engagementRate: 0.0033 },
    ],
  },
  TikTok: { platform: "TikTok", source: NO_FIGURE, bands: [] },
  YouTube: { platform: "YouTube", source: NO_FIGURE, bands: [] },
};

/**
 * The table earlier versions seeded (Instagram, for every platform): HypeAuditor (2018), about 37,000
 * Instagram accounts. Kept only to recognise a Settings table nobody edited, which is brought up to date.
 */
export const HYPEAUDITOR_2018: Benchmark = {
  platform: "Instagram",
  source:
    "HypeAuditor (2018), study of about 37,000 Instagram accounts: average engagement rate by followers",
  bands: [
    { label: "1K–5K", minFollowers: 1_000, maxFollowers: 5_000, engagementRate: 0.0426 },
    { label: "5K–20K", minFollowers: 5_000, maxFollowers: 20_000, engagementRate: 0.0228 },
    { label: "20K–100K", minFollowers: 20_000, maxFollowers: 100_000, engagementRate: 0.0162 },
    { label: "100K–1M", minFollowers: 100_000, maxFollowers: 1_000_000, engagementRate: 0.0155 },
    { label: "over 1M", minFollowers: 1_000_000, maxFollowers: null, engagementRate: 0.0154 },
  ],
};

const platformKey = (platform: string) => platform.trim().toLowerCase();

/** The band a creator on `platform` with `followers` falls in, when that platform's table rates it. */
export function bandFor(
  benchmarks: Benchmarks,
  platform: string,
  followers: number,
): (BenchmarkBand & { engagementRate: number }) | undefined {
  const table = benchmarks.find((b) => platformKey(b.platform) === platformKey(platform));
  const band = table?.bands.find(
    (b) => followers >= b.minFollowers && (b.maxFollowers === null || followers < b.maxFollowers),
  );
  return band && band.engagementRate !== null ? { ...band, engagementRate: band.engagementRate } : undefined;
}

/** "Instagram: <source>; TikTok: <source>": what the warning was checked against. */
export function benchmarkSources(benchmarks: Benchmarks): string {
  return benchmarks.map((b) => `${b.platform}: ${b.source}`).join("; ");
}

/** Under a third of the band's average: the followers are likely not real or not interested. */
export const LOW_ENGAGEMENT_SHARE = 1 / 3;
