/**
 * Praise of a whole group said outright: "I love Muslims", "immigrants are a credit to this town", "these gay
 * people make me so happy", "trans lives matter". The model's identity-abuse head reads the group's name, not what
 * is said of it, and held such comments for a human. Where a clause praises a group and nothing in it denies the
 * praise, the merge hears that head below its hold level, as it does for a word the lexicon knows to be innocent,
 * unless a rule found abuse ("Muslims are great... at blowing things up" still meets the rules).
 *
 * Each form ends its clause ("I love women being beaten" and "Muslims are great at lying" are not praise) and
 * admits no negation between group and praise ("women are not great", "I don't love Muslims"). Only a short
 * comment with no contrast in it counts (see `praisesGroup`).
 */
import { GROUP_NAMES } from "../lexicon/groups.js";
import { compileNatively } from "../native-compile.js";
import { countWords } from "./junk.js";
import { alternation } from "./pattern-rule.js";
import { gatedTest } from "./rule-prefilter.js";

const GROUP = `(?:${alternation(GROUP_NAMES)})`;
const CLAUSE_END = "(?=\\s*(?:[.!?,;:)]|$))";
const GOOD =
  "(?:great|amazing|wonderful|brilliant|awesome|fantastic|lovely|welcome|kind|caring|compassionate|generous|hardworking|hard-working|hard working|valued|beautiful|strong|brave|smart|clever|intelligent|talented|inspiring|inspirational|valid|precious|heroes|heroic|equal|human|good people|decent people|our neighbours|our friends|the best|a blessing(?: to (?:society|this country|us|our community))?|a gift(?: to (?:society|this country|us|our community))?|a credit to (?:society|this country|our society|our community|us|this town|this city)|an asset(?: to (?:society|this country|our society|our community|us|this town|this city))?|part of (?:us|this country|our community|our society|society|the community))";
const SO = "(?:(?:so|really|truly|absolutely|just|all|such|incredibly|very|that|amazingly|genuinely) )?";
const ADMIRE =
  "(?:love|adore|admire|respect|appreciate|value|welcome|support|celebrate|stand with|stand by|am proud of|are proud of)";

const PRAISE = new RegExp(
  [
    // "I love Muslims", "we welcome refugees".
    `(?:^|[.!?]\\s*)(?:i|we) (?:really |truly |absolutely |just |do |all |honestly )?${ADMIRE} (?:all |the |our |these |those |my )?${GROUP}${CLAUSE_END}`,
    // "Immigrants are great", "all women like them are amazing", "only gay people are that kind and compassionate".
    `(?:^|[.!?]\\s*|\\b(?:all|the|these|those|our|only|other) )${GROUP}(?: like (?:them|you|her|him))? (?:are|is) ${SO}${GOOD}(?:,? and ${SO}${GOOD})?${CLAUSE_END}`,
    // "These disabled people make me so happy".
    `\\b${GROUP} make (?:me|us) ${SO}(?:happy|proud|smile)\\b`,
    // "Trans lives matter", "female lives are worth so much".
    `\\b(?:female|women's|trans|gay|black|immigrant|muslim|jewish|disabled|refugee|migrant) lives (?:matter|are worth (?:so much|a lot|everything|just as much|as much|the same))${CLAUSE_END}`,
    // "Women belong in our government"; not the kitchen, a cage or jail.
    `\\b${GROUP} belongs? (?:in (?:our |the |this )?(?:government|parliament|society|community|country|team|workplace|army|politics|leadership|britain|uk)|here)${CLAUSE_END}`,
  ].join("|"),
);

/**
 * Praise read for the whole comment only when the comment is short: in a longer one it may be a slogan named
 * ("the US has black lives matter ...") beside abuse the model rightly holds.
 */
const MAX_WORDS = 30;
/** Praise of one group set against another ("the Yazidis are welcome, it's the other lot we need to send back"). */
const CONTRAST =
  /\b(?:but|except|unlike|however|whereas|although|though|apart from|other lot|the rest of them|not like|only the|just not)\b/;

/** Whether the normalised text is a short comment praising a whole group in one of the forms above. */
function praisesGroup(text: string): boolean {
  return (
    gatedTest(PRAISE, text) && countWords(text, MAX_WORDS + 1) <= MAX_WORDS && !gatedTest(CONTRAST, text)
  );
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(PRAISE);

export { praisesGroup };
