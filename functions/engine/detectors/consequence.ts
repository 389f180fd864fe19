/**
 * A condition or occasion opening the sentence before an act ("if we bomb Raqqa ...", "every time we ..."): the act
 * that follows is a consequence weighed, not announced. Read on the text before a match (`before` in
 * pattern-rule.ts); "what if" is a proposal, not a condition.
 */
const CONSEQUENCE_BEFORE = /(?<!\bwhat )\b(?:if|unless|when|whenever|by|every time|each time)\b[^.!?]{0,60}$/;

export { CONSEQUENCE_BEFORE };
