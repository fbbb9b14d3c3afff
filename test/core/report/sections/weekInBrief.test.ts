import { describe, expect, it } from "vitest";
import { BUDGET_KEYS, DELIVERABLE_KEYS, keyed, POST_KEYS, reportFor } from "../fixtures";
import { LONDON, post, sheets } from "../programFixture";

describe("the week in brief", () => {
  it("says posts, EMV and its change, then what needs attention, in one line", () => {
    const report = reportFor(sheets(), LONDON);
    // EMV 150 this week vs 200 the week before: −25%; Winter Glow used 1,200 of 1,000.
    expect(report.summary).toBe(
      "2 posts, EMV $150.00 (−25% on last week); 1 post needs a disclosure fix; " +
        "2 deliverables overdue; Winter Glow is 20% over budget.",
    );
  });

  it("says there were no posts, with the week before's count, and that nothing needs attention", () => {
    const report = reportFor(
      sheets({
        posts: keyed(POST_KEYS, [post("2026-11-10", 400)]),
        deliverables: keyed(DELIVERABLE_KEYS, []),
        budget: keyed(BUDGET_KEYS, []),
      }),
      LONDON,
    );
    expect(report.summary).toBe("No posts this week (1 the week before); nothing needs attention.");
  });

  it("leaves out overdue deliverables when nothing is overdue", () => {
    const report = reportFor(sheets({ deliverables: keyed(DELIVERABLE_KEYS, []) }), LONDON);
    expect(report.summary).toBe(
      "2 posts, EMV $150.00 (−25% on last week); 1 post needs a disclosure fix; Winter Glow is 20% over budget.",
    );
    expect(report.summary).not.toMatch(/overdue/);
  });

  it("shortens large EMV and leaves out the change when the week before had none", () => {
    const report = reportFor(sheets({ posts: keyed(POST_KEYS, [post("2026-11-16", 67_800)]) }), LONDON);
    expect(report.summary).toMatch(/^1 post, EMV \$33\.9K; /);
  });
});

describe("plan vs actual", () => {
  it("counts deliverables due and posted this week and to date, and budget used against time gone", () => {
    const report = reportFor(sheets(), LONDON);
    expect(report.plan).toEqual([
      {
        campaign: "Winter Glow",
        dueThisWeek: 1,
        postedThisWeek: 1,
        dueToDate: 3,
        postedToDate: 2,
        budgetUsed: 1.2,
        // 2026-11-01 to 2026-11-30 is 30 days; 22 of them gone by the end of 2026-11-22.
        timeElapsed: 22 / 30,
      },
      {
        campaign: "Holiday Gift",
        dueThisWeek: 1,
        postedThisWeek: 0,
        dueToDate: 1,
        postedToDate: 0,
        budgetUsed: 0,
        timeElapsed: 7 / 28,
      },
    ]);
  });

  it("lists each late deliverable with its owner from the Roster and its days late", () => {
    const report = reportFor(sheets(), LONDON);
    expect(report.attention.deliverables.map((d) => [d.due, d.state, d.handle, d.owner, d.daysLate])).toEqual(
      [
        ["2026-11-15", "Overdue", "@Maya", "Alex", 7],
        ["2026-11-19", "Due this week", "LEO", "Dana", 3],
      ],
    );
  });

  it("counts lateness to today while the week is still running", () => {
    const report = reportFor(sheets(), { ...LONDON, today: new Date("2026-11-20T09:00:00Z") });
    expect(report.attention.deliverables.map((d) => d.daysLate)).toEqual([5, 1]);
  });
});

describe("six-week trend", () => {
  it("has six weeks ending with the report week, weeks with no posts as zeros", () => {
    const report = reportFor(sheets(), LONDON);
    expect(report.trend).toEqual([
      { weekStart: "2026-10-12", posts: 1, engagements: 100, emv: 50 },
      { weekStart: "2026-10-19", posts: 0, engagements: 0, emv: 0 },
      { weekStart: "2026-10-26", posts: 0, engagements: 0, emv: 0 },
      { weekStart: "2026-11-02", posts: 1, engagements: 200, emv: 100 },
      { weekStart: "2026-11-09", posts: 1, engagements: 400, emv: 200 },
      { weekStart: "2026-11-16", posts: 2, engagements: 300, emv: 150 },
    ]);
  });

  it("agrees with the headline for the two compared weeks", () => {
    const report = reportFor(sheets(), LONDON);
    const headline = (id: string) => report.headline.find((m) => m.id === id);
    const [before, week] = report.trend.slice(-2);
    expect([week?.posts, before?.posts]).toEqual([headline("posts")?.value, headline("posts")?.previous]);
    expect([week?.emv, before?.emv]).toEqual([headline("emv")?.value, headline("emv")?.previous]);
  });

  it("adds no notes or notices for posts outside the two compared weeks", () => {
    const old = reportFor(sheets({ posts: keyed(POST_KEYS, [post("2026-10-13", 5)]) }), LONDON);
    expect(old.notes).toEqual([]);
    expect(old.notices).toEqual(["No posts are dated 2026-11-16 to 2026-11-22 on the Posts sheet."]);
  });
});
