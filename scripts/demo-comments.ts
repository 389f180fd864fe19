/**
 * Sample comments for `npm run demo`: one news story and the range of comments it really draws. Civil-war
 * vocabulary and reported violence in legitimate comments, harsh but allowed criticism, and the things the
 * guidelines exist for: a threat, insults, identity hate, promotion, junk and non-English text.
 */

const DEMO_ARTICLE = {
  articleId: "world-iraq-repatriation-al-hol",
  article: {
    title: "Iraq to bring home 1,200 citizens from Syrian camp holding families of ISIS fighters",
    tags: ["Iraq", "Syria", "ISIS", "repatriation", "al-Hol"],
    body:
      "Baghdad will repatriate 1,200 Iraqis, most of them women and children, from the al-Hol camp in " +
      "north-east Syria. Returnees pass through a rehabilitation centre near Mosul; adults suspected of " +
      "ISIS membership face trial under Iraq's counter-terrorism law.",
  },
} as const;

interface DemoComment {
  /** What the comment is an example of, for the printed table. */
  kind: string;
  author: { name: string; email?: string };
  text: string;
}

const DEMO_COMMENTS: readonly DemoComment[] = [
  {
    kind: "context, civil-war vocabulary",
    author: { name: "Karim A.", email: "karim@example.com" },
    text:
      "Al-Hol became a recruiting ground precisely because nobody took responsibility. Bringing people " +
      "home with real trials is how you stop the next insurgency, not how you start it.",
  },
  {
    kind: "personal loss, reported violence",
    author: { name: "Shirin" },
    text:
      "My uncle was executed by ISIS in Mosul in 2014. I still think the children in that camp deserve " +
      "school and a normal life. They did not choose any of this.",
  },
  {
    kind: "reported speech of a threat",
    author: { name: "Yusuf" },
    text:
      "At the checkpoints the fighters used to shout that they would slaughter us all. That is why my " +
      "family fled to Erbil, and why I want the courts, not revenge, to deal with them.",
  },
  {
    kind: "harsh criticism of the government",
    author: { name: "Dana", email: "dana@example.com" },
    text:
      "This government is spineless and incompetent. They waited six years while kids grew up behind " +
      "barbed wire, and now they want applause?",
  },
  {
    kind: "harsh criticism of the newsroom",
    author: { name: "Peter M." },
    text: "Lazy reporting. You quote the ministry three times and not a single family from the camp. Do your job.",
  },
  {
    kind: "threat",
    author: { name: "anon1987" },
    text:
      "Anyone who brings these traitors back should watch his back. We know where the minister lives " +
      "and we will pay him a visit.",
  },
  {
    kind: "insult",
    author: { name: "truthteller" },
    text: "Only a brain-dead idiot like you would defend terrorists, you pathetic moron.",
  },
  {
    kind: "identity hate",
    author: { name: "Patriot" },
    text: "They are all the same, these people are animals and should rot in the desert forever.",
  },
  {
    kind: "promotion",
    author: { name: "Crypto Queen" },
    text: "Earn $5,000 a week from home!!! Visit cheap-crypto-profits.example now, limited offer, DM me.",
  },
  {
    kind: "off-topic junk",
    author: { name: "x" },
    text: "first!!! asdfgh lol",
  },
  {
    kind: "non-English (Arabic)",
    author: { name: "Layla" },
    text: "نأمل أن يعود الأطفال إلى بيوتهم بأمان، فهم ضحايا وليسوا مجرمين.",
  },
  {
    kind: "non-English (French)",
    author: { name: "Camille" },
    text: "Le rapatriement est une obligation morale, mais il faut des procès équitables et un suivi sérieux.",
  },
  {
    kind: "constructive comparison",
    author: { name: "Hannah", email: "hannah@example.com" },
    text:
      "Germany and France repatriated women and children with trials at home. Iraq can do the same with " +
      "international monitors in the courtrooms.",
  },
];

export type { DemoComment };
export { DEMO_ARTICLE, DEMO_COMMENTS };
