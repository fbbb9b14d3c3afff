import { messageOf } from "../../errors";
import type { NoteGroups } from "../notes";
import { nameKey } from "../read";
import { date, link, tableBlock, text, whenEmpty } from "../table";
import type { DisclosureRow, WeeklyReportInput } from "../types";
import type { WeekPost } from "../week";

/** Needs attention: the week's posts whose caption lacks an FTC disclosure. */

const CAPTION_SHOWN = 80;

export class DisclosureCheck {
  /** Posts the check could not run on. */
  unchecked = 0;
  private readonly flagged: DisclosureRow[] = [];

  constructor(
    private readonly disclosureOf: WeeklyReportInput["disclosureOf"],
    private readonly notes: NoteGroups,
  ) {}

  /** The Disclosure column's text, else the check's verdict on the caption. */
  private statusOf({ post }: WeekPost): string | undefined {
    if (post.disclosure) return post.disclosure;
    if (!this.disclosureOf) return undefined;
    try {
      return this.disclosureOf(post.caption);
    } catch (error) {
      const why = messageOf(error);
      this.notes.add("Posts", `ftc-throw|${why}`, `The disclosure check failed (${why})`, post.row);
      return undefined;
    }
  }

  check(weekPost: WeekPost, platform: string): void {
    const status = this.statusOf(weekPost);
    if (status === undefined) {
      this.unchecked++;
      return;
    }
    if (nameKey(status) === "disclosed") return;
    const { post } = weekPost;
    this.flagged.push({
      row: post.row,
      date: weekPost.day,
      handle: post.handle,
      platform,
      disclosure: status,
      caption:
        post.caption.length > CAPTION_SHOWN ? `${post.caption.slice(0, CAPTION_SHOWN - 1)}…` : post.caption,
      postUrl: post.postUrl,
    });
  }

  /** The flagged posts in sheet order. */
  rows(): DisclosureRow[] {
    return this.flagged.sort((a, b) => a.row - b.row);
  }
}

export const DISCLOSURE_BLOCK = tableBlock<DisclosureRow>({
  id: "attention-disclosure",
  title: "Needs attention: FTC disclosure",
  columns: [
    date("Date", (r) => r.date),
    text("Handle", (r) => r.handle),
    text("Platform", (r) => r.platform),
    text("Disclosure", (r) => r.disclosure),
    text("Caption", (r) => r.caption),
    link("Post", (r) => r.postUrl),
  ],
  rows: (report) => report.attention.disclosure,
  note: whenEmpty("Every post checked this week is disclosed."),
});
