import { describe, expect, it } from "vitest";
import { mapColumns, mappingProblem } from "../../../src/core/import/mapping";
import { detectSource } from "../../../src/core/import/sources";
import { INSTAGRAM_HEADERS } from "./fixtures";

const TIKTOK = [
  "Time",
  "Video title",
  "Video link",
  "Post time",
  "Total likes",
  "Total comments",
  "Total shares",
  "Total views",
];
const YOUTUBE = [
  "Content",
  "Video title",
  "Video publish time",
  "Duration",
  "Views",
  "Watch time (hours)",
  "Subscribers",
  "Impressions",
  "Impressions click-through rate (%)",
];

describe("detectSource", () => {
  it("recognises each export by its headers, in any order", () => {
    expect(detectSource(INSTAGRAM_HEADERS).id).toBe("instagram");
    expect(detectSource([...INSTAGRAM_HEADERS].reverse()).id).toBe("instagram");
    expect(detectSource(["\ufeffTime", ...TIKTOK.slice(1)]).id).toBe("tiktok");
    expect(detectSource(YOUTUBE).id).toBe("youtube");
    expect(detectSource(["Discount code", "Orders", "Gross sales", "Net sales"]).id).toBe("shopify");
    expect(detectSource(["Date", "Handle", "Post URL", "Views"]).id).toBe("other");
  });

  it("recognises exports whose headers are in German, Spanish or French", () => {
    expect(
      detectSource(["Beitrags-ID", "Permanenter Link", "Veröffentlichungszeitpunkt", "Aufrufe"]).id,
    ).toBe("instagram");
    expect(
      detectSource(["Contenido", "Título del vídeo", "Hora de publicación del vídeo", "Visualizaciones"]).id,
    ).toBe("youtube");
    expect(detectSource(["Heure", "Lien de la vidéo", "Heure de publication", "Total des vues"]).id).toBe(
      "tiktok",
    );
    expect(detectSource(["Código de descuento", "Pedidos", "Ventas netas"]).id).toBe("shopify");
  });
});

describe("mapColumns", () => {
  it("maps Instagram's Views to Impressions (Meta's 2025 rename) and lists Reach among the columns not imported", () => {
    const mapping = mapColumns(INSTAGRAM_HEADERS, "instagram");
    const header = (field: keyof typeof mapping.columns) =>
      INSTAGRAM_HEADERS[mapping.columns[field] as number];
    expect(header("date")).toBe("Publish time");
    expect(header("postUrl")).toBe("Permalink");
    expect(header("handle")).toBe("Account username");
    expect(header("impressions")).toBe("Views");
    expect(mapping.columns.views).toBeUndefined();
    expect(mapping.ignored).toEqual([
      "Account ID",
      "Account name",
      "Duration (sec)",
      "Post type",
      "Data comment",
      "Date",
      "Reach",
      "Follows",
    ]);
  });

  it("reads an older Meta export's Impressions as Impressions too (renamed Views in 2025)", () => {
    const mapping = mapColumns(["Permalink", "Publish time", "Impressions", "Likes"], "instagram");
    expect(mapping.columns.impressions).toBe(2);
    expect(mapping.columns.views).toBeUndefined();
  });

  it("never reads a column of unique accounts reached as Impressions, in any export", () => {
    for (const source of ["instagram", "other"] as const) {
      const mapping = mapColumns(["Permalink", "Publish time", "Reach", "Reichweite", "Likes"], source);
      expect(mapping.columns.impressions).toBeUndefined();
      expect(mapping.ignored).toEqual(["Reach", "Reichweite"]);
    }
  });

  it("reads another CSV's Instagram views column as Impressions, as the Posts sheet does", () => {
    const mapping = mapColumns(["Post URL", "IG views", "Plays"], "other");
    expect(mapping.columns).toEqual({ postUrl: 0, impressions: 1, views: 2 });
  });

  it("prefers Shopify's net sales to gross sales as revenue", () => {
    const mapping = mapColumns(
      ["Discount code", "Orders", "Gross sales", "Discounts", "Net sales"],
      "shopify",
    );
    expect(mapping.columns).toEqual({ promoCode: 0, promoRedemptions: 1, revenue: 4 });
    expect(mapping.ignored).toEqual(["Gross sales", "Discounts"]);
  });

  it("maps another tool's report by header synonyms, whatever the case and accents", () => {
    const headers = ["influencer", "LINK", "Plays", "Hearts", "Clics", "Fecha", "Notes"];
    const mapping = mapColumns(headers, "other");
    expect(mapping.columns).toEqual({ handle: 0, postUrl: 1, views: 2, likes: 3, linkClicks: 4, date: 5 });
    expect(mapping.ignored).toEqual(["Notes"]);
  });

  it("applies a person's overrides first: a column to another field, or ignored", () => {
    const headers = ["Post URL", "Views", "Reach", "Notes"];
    const mapping = mapColumns(headers, "other", { Reach: "ignore", notes: "caption", Views: "impressions" });
    expect(mapping.columns).toEqual({ postUrl: 0, impressions: 1, caption: 3 });
    expect(mapping.ignored).toEqual(["Reach"]);
  });
});

describe("mappingProblem", () => {
  it("accepts a mapping that can find posts and has a number to bring in", () => {
    expect(mappingProblem(mapColumns(["Post URL", "Likes"], "other"))).toBeUndefined();
    expect(mappingProblem(mapColumns(YOUTUBE, "youtube"))).toBeUndefined();
  });

  it("names the headers found and the ones expected when nothing can be mapped", () => {
    expect(mappingProblem(mapColumns(["Name", "Age", "Favourite colour"], "other"))).toBe(
      "The add-on cannot tell what this file's columns hold. Columns found: Name, Age, Favourite colour. Expected a link or post ID (Post URL, Permalink, Video link, Content) and at least one number (Views, Likes, Comments, Shares, Saves…).",
    );
    expect(mappingProblem(mapColumns(["Post URL", "Caption"], "other"))).toMatch(
      /Columns found: Post URL, Caption\./,
    );
    expect(mappingProblem(mapColumns(["Discount code", "Customer"], "shopify"))).toMatch(
      /Expected Discount code, and Orders or Net sales/,
    );
  });
});
