/** Typical engagement rate for accounts of a given size, for the report's vanity-metrics warning. */
export interface BenchmarkBand {
  label: string;
  /** Inclusive. */
  minFollowers: number;
  /** Exclusive; null = no upper limit. */
  maxFollowers: number | null;
  /** Average engagement rate as a fraction (0.0426 = 4.26%). */
  engagementRate: number;
}

export interface Benchmark {
  /** Where the numbers come from; printed under the warning so a reader can judge them. */
  source: string;
  bands: BenchmarkBand[];
}

/** The default table; a team can replace it in Settings. */
export const HYPEAUDITOR_2018: Benchmark = {
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

/** The band a follower count falls in, if the table covers it. */
export function bandFor(benchmark: Benchmark, followers: number): BenchmarkBand | undefined {
  return benchmark.bands.find(
    (band) => followers >= band.minFollowers && (band.maxFollowers === null || followers < band.maxFollowers),
  );
}

/** Under a third of the band's average: the followers are likely not real or not interested. */
export const LOW_ENGAGEMENT_SHARE = 1 / 3;
