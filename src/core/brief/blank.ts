import { disclosureFor } from "../disclosure/platforms";
import type { Platform } from "./platforms";
import type { Brief } from "./schema";

/**
 * The form a new brief starts from: one empty key message and one deliverable on `platform`, with
 * that platform's disclosure filled in. Built without the schema, since the sidebar page uses it.
 */
export function blankBrief(platform: string): Brief {
  return {
    id: "",
    campaign: "",
    product: "",
    objective: "",
    summary: "",
    keyMessages: [""],
    deliverables: [{ platform: platform as Platform, format: "", quantity: 1, dueDate: "" }],
    mandatory: { disclosure: disclosureFor([platform]), hashtags: [], handlesToTag: [], linkOrPromo: "" },
    avoid: { competitorMentions: "", claims: "" },
    timeline: { draftDue: "", approval: "", goLive: "" },
    compensation: "",
    usageRights: "",
    creativeFreedom: "",
    updatedAt: "",
  };
}
