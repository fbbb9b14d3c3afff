import { messageOf } from "../errors";
import type { NoteGroups } from "./notes";
import type { InputPost, WeeklyReportInput } from "./types";

/** A post's EMV: the Posts sheet's number, else the rate card's; a failure is noted and counts as 0. */
export class EmvSource {
  /** Posts with no EMV number and no rate card to compute one. */
  missing = 0;

  constructor(
    private readonly emvOf: WeeklyReportInput["emvOf"],
    private readonly notes: NoteGroups,
  ) {}

  of(post: InputPost): number {
    if (typeof post.emv === "number") return post.emv;
    if (!this.emvOf) {
      this.missing++;
      return 0;
    }
    try {
      const value = this.emvOf(post);
      if (Number.isFinite(value)) return value;
      this.notes.add(
        "Posts",
        "emv-bad",
        "EMV could not be computed from the rate card; counted as 0",
        post.row,
      );
    } catch (error) {
      const why = messageOf(error);
      this.notes.add(
        "Posts",
        `emv-throw|${why}`,
        `EMV could not be computed (${why}); counted as 0`,
        post.row,
      );
    }
    return 0;
  }

  /**
   * EMV of a post outside the two compared weeks (the six-week trend): the same figure, without
   * adding to the notes and notices, which are about the report week.
   */
  quietly(post: InputPost): number {
    if (typeof post.emv === "number") return post.emv;
    try {
      const value = this.emvOf?.(post) ?? 0;
      return Number.isFinite(value) ? value : 0;
    } catch {
      return 0;
    }
  }

  /** The EMV column showed an error or text: the report used its own figure instead. */
  noteShown(post: InputPost): void {
    if (!post.emvShown) return;
    this.notes.add(
      "Posts",
      `emv-shown|${post.emvShown}`,
      `EMV shows ${post.emvShown}; computed again`,
      post.row,
    );
  }
}
