/**
 * A comment with the names of identity groups taken out, to ask the model's identity-abuse head whether its
 * verdict rests on what is said or only on which group is named. The head is a word-level learner, and on
 * short plain statements the group's name alone can carry it past its reject-alone level ("Muslims pray five
 * times a day.", "Our doctor is an immigrant from Nigeria.": 0.89 and 0.86). Mentioning a group is not abuse:
 * when, without the names, the head would not even confirm a rule's finding (its `confirm` level), the merge holds
 * the comment for a human instead of rejecting it (0.27 and 0.44 for those two). The general head, sure of abuse
 * (its confirm level), and any rule still reject: they hear what is said.
 *
 * Only neutral names are taken out: a slur is itself the abuse ("muzzies" stays).
 */

import { alternation } from "./detectors/pattern-rule.js";
import { GROUP_NAMES } from "./lexicon/groups.js";

const SLURS = new Set(["muzzies", "moslems", "trannies", "queers"]);

/** Adjectives and singular forms that name a group but are not in its list of names ("a Muslim woman"). */
const NAMING_ADJECTIVES = [
  "muslim",
  "islamic",
  "jewish",
  "christian",
  "hindu",
  "sikh",
  "yazidi",
  "black",
  "asian",
  "african",
  "kurdish",
  "gay",
  "lesbian",
  "trans",
  "transgender",
  "female",
  "disabled",
];

const GROUP_NAME = new RegExp(
  `\\b(?:${alternation([...GROUP_NAMES.filter((name) => !SLURS.has(name)), ...NAMING_ADJECTIVES])})\\b`,
  "gi",
);

/** `text` with every neutral group name replaced by a space; undefined when it names no group. */
function withoutGroupNames(text: string): string | undefined {
  const rest = text.replace(GROUP_NAME, " ");
  return rest === text ? undefined : rest;
}

export { withoutGroupNames };
