import type { StarterText } from "./templates";

/**
 * The six starter outreach templates: first contact with a gifting offer, paid partnership proposal,
 * follow-up, brief delivery, thank-you and renewal. Not imported by the Apps Script bundle: the build
 * ships them as dist/StarterTemplates.html, read only when a spreadsheet gets its first templates.
 */
export const STARTER_TEXTS: StarterText[] = [
  {
    name: "First contact: gifting offer",
    subject: "{{first name}}, can we send you something?",
    body: `Hi {{first name}},

I'm {{Owner}} and I look after creator partnerships on our team. We've been following {{Handle}} on {{Platform}} for a while, and we love how honest your recommendations are.

We'd like to send you a few of our products to try, with no strings attached: no post required, no deadline. If you enjoy them and want to share, wonderful; if not, that's completely fine.

If you're open to it, just reply with the best shipping address and any preferences (size, shade, allergies) and I'll get it out this week.

Thanks,
{{Owner}}`,
  },
  {
    name: "Paid partnership proposal",
    subject: "Paid partnership with {{Handle}}?",
    body: `Hi {{first name}},

I'm {{Owner}} and I run creator partnerships for our brand. Your {{Platform}} content fits what we're planning for our next campaign, and we'd like to propose a paid partnership.

What we have in mind:
- A short series of posts on {{Platform}}, made your way: we share talking points, never a script
- A timeline we agree with you before anything is confirmed
- A fee for your work, plus product

Could you send your current rates and availability for the next two months? Happy to set up a quick call if that's easier.

Best,
{{Owner}}`,
  },
  {
    name: "Follow-up",
    subject: "Following up, {{first name}}",
    body: `Hi {{first name}},

Just bringing my last note back to the top of your inbox in case it got buried. We'd still love to work with you on {{Platform}}.

If now isn't a good time, no problem at all: a quick "not right now" helps me plan, and I won't keep nudging.

Thanks,
{{Owner}}`,
  },
  {
    name: "Brief delivery",
    subject: "Your brief is ready, {{first name}}",
    body: `Hi {{first name}},

Thanks again for partnering with us! Your brief is here: {{brief link}}

It covers the key messages, deliverables, dates and what each post needs to include.

A few things to flag:
- Please disclose the partnership: #ad at the start of your caption, {{Platform}}'s paid partnership setting, and say it in the video too.
- Your promo code is {{Promo code}}; please put it in your caption.
- Send your draft by the due date so we have time to review it together.

Any questions, just reply here.

{{Owner}}`,
  },
  {
    name: "Thank-you",
    subject: "Thank you, {{first name}}!",
    body: `Hi {{first name}},

Your post is live and it looks great. Thank you for the care you put into it; the comments show your audience felt it too.

Your code {{Promo code}} stays active, so feel free to keep sharing it. I'll send over how the post performed once the numbers settle.

Thanks again,
{{Owner}}`,
  },
  {
    name: "Renewal",
    subject: "Working together again, {{first name}}?",
    body: `Hi {{first name}},

We loved working with you on our last campaign, and so did your audience. We're planning the next few months and would love to have {{Handle}} back.

Would you be up for another round on {{Platform}}? If your rates or availability have changed, let me know and we'll build the plan around you.

Best,
{{Owner}}`,
  },
];
