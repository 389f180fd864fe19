/**
 * Menace: veiled threats carry no violent word ("Judge W. lives in a quiet village, lovely house by the church.
 * Just an observation."). What they share is a shape: someone in the discussion (a role, a named or addressed
 * person, "the people who ...") plus at least two of three cue families — their private sphere (home, street,
 * car, children's school, daily route), watching or remembering ("we know", "people remember names", "long
 * memories"), and an unstated consequence ("should be careful", "won't last a week", "things could happen",
 * "just saying"). Only ever HOLDS (0.6): a human reads it; the model may confirm it to a rejection. The cue
 * expressions read the lower-cased normalised text and go through the literal prefilter like every rule.
 */
import type { Detector } from "../finding.js";
import { compileNatively } from "../native-compile.js";
import { makeFinding } from "./pattern-rule.js";
import { mayMatch } from "./rule-prefilter.js";

const HOLD = 0.6;

const TARGET =
  /\b(?:you|your|u|he|she|him|her|his|they|them|their|minister|mp|mps|mayor|councillors?|judge|judges|lawyers?|prosecutors?|officers?|chief|governor|president|imam|priest|rabbi|campaigners?|protesters?|volunteers?|guards?|doctors?|nurses?|spokes(?:man|woman|person)|chair(?:man|woman)?|landlord|officials?|inspectors?|leader|candidates?|head ?teacher|teachers?|staff|journalists?|reporters?|author|writer|editors?|activists?|spouses?|wife|husband|family|families|lady|man|woman|treasurer|clerk|directors?|managers?|organi[sz]ers?|owners?|players?|workers?|wardens?|the ones who|whoever|anyone who|those who|people who|[A-Z][a-z]+ [A-Z][a-z]+|(?:^|[.!?] )[A-Z][a-z]+ (?:has|drives|lives|parks|walks))\b/;

const PRIVATE_SPHERE =
  /\b(?:(?:your|his|her|their|\w+'s) (?:house|home|street|address|door|car|kids?|children|son|daughter|family|wife|husband|school|office|shift|route|window|dog|garden|village|flat|neighbou?rs?)|lives? (?:in|on|at|near|by)|which (?:school|street|house|car|flight|hotel)|what car|where (?:he|she|they|you) (?:lives?|parks?|works?|walks?|drinks?|prays?)|walks? (?:his|her|their) dog|parks? (?:his|her|their) car|drives? home|shift pattern|school gates?|arrivals hall|after hours|every (?:morning|evening|night|thursday|friday|monday|tuesday|wednesday|saturday|sunday) at|parks? (?:outside|in|at|by|near)|car park|drives (?:a|the|her|his) (?:\w+ ){0,2}(?:car|audi|bmw|mercedes|range rover|van|volvo|tesla)|(?:(?:has|have|got) (?:a |an |two |three |four |\d |young |little |small )?(?:kids?|children|sons?|daughters?|boys|girls) (?:at|in year \d at|who go to|going to)|(?:kids?|children|sons?|daughters?|boys|girls) (?:go|goes|are|is) (?:to|at)) (?:the )?(?:(?:st|saint) [a-z']+|[a-z']+ (?:school|primary|academy|college|nursery)))\b/;

const WATCHING =
  /\b(?:we know|we all know|people know|everyone knows|we've seen|we have seen|we're watching|we are watching|we read every|being watched|long memor(?:y|ies)|remember(?:s)? (?:names|faces|who)|people remember|haven't forgotten|won't forget|will not forget|never forget|we have your|got noticed|get noticed|gets noticed|(?:we've|we have|we've all|we have all|everyone's|everyone has|people have) noticed|(?:plenty|lots?|some|a few) of us|lot of angry|not hard to find|easy to find|havent forgotten|have not forgotten|(?:we|i)(?:'ve| have)? (?:got )?(?:the|their|his|her) names|we know (?:exactly )?(?:which|who|where)|i know (?:exactly )?(?:which|where))\b/;

/**
 * Justice promised outside the courts: "do what the courts won't", "not by any court", "it won't be the courts
 * dealing with them", "when the courts fail".
 */
const BEYOND_THE_COURTS =
  "do what the (?:courts?|law|police) (?:won't|will not|can't|cannot|didn't|wouldn't|failed to)|not by (?:any|a|the) courts?|(?:it )?won't be the (?:courts?|police|law) (?:dealing|that deals?|who deals?|sorting|handling)|when the (?:courts?|law) fails?|if the (?:courts?|law|state) (?:won't|will not|can't|cannot|fails?)";
const CONSEQUENCE = new RegExp(
  String.raw`\b(?:(?:be|very) careful|(?:should|ought to|had better|better|would) be (?:worried|scared|afraid|nervous)|think (?:very )?(?:carefully|twice)|watch (?:themselves|himself|herself|yourself|out)|should watch|look out (?:his|her|their|your) window|won't last|will not last|won't be smiling|not smiling for long|enjoy (?:your|his|her|their) last|(?:there|that) will be trouble|trouble at the|things (?:could|can|might|will) happen|accidents? happen|(?:see|find out) what happens|get what's coming|what's coming|(?:their|your|his|her) time is coming|taste of (?:their|your|his|her) own medicine|against a wall|broken heads|go up like|doesn't make it to|won't make it to|dead (?:man|woman|men)|waiting for (?:him|her|them|you)|find out (?:quick|fast|soon)|sort (?:them|it|this|the \w+) out ourselves|handle (?:them|it|this|the \w+) ourselves|just saying|just an observation|just a thought|not a threat|only a matter of time|we'll see how|shame if|would be a shame|who dropped the|on a stretcher|in an ambulance|come calling|after dark|peaceful retirement|other options|(?:their|its) own way of dealing|counting every day|would love to meet|in case (?:any|anyone|any \w+|people) wants? to|(?:with|to) (?:him|her|them) personally|someone should (?:explain|tell|show)(?: to)? (?:him|her|them)|days are numbered|count(?:ing)? (?:their|his|her|your) days|(?:one day|sooner or later),? (?:someone|somebody|people|they|we)(?: will|'ll) (?:remind|visit|find|pay|settle|deal)|pay (?:him|her|them|you) a visit|(?:the )?debt will be paid|(?:will|'ll|gonna|going to) settle (?:it|this|the score|scores|accounts?)(?! in court)|settle (?:the score|scores)|(?:just|that's|thats) something (?:for (?:him|her|them) )?to think about|(?:there are|there's|there is|with) no (?:stewards|police|security|guards|cameras)(?: there| around| about)?|(?:might not|may not|won't|will not) stay (?:new|in one piece|standing)|${BEYOND_THE_COURTS})\b`,
);

const ELECTORAL =
  /\b(?:votes?|voters?|voting|voted|ballots?|elections?|electorate|polls|re-?election|constituents)\b/;

function createMenaceDetector(): Detector {
  return {
    id: "menace",
    detect({ norm }) {
      const { original } = norm;
      const [sphere, watching, consequence] = [PRIVATE_SPHERE, WATCHING, CONSEQUENCE].map((re) =>
        mayMatch(re, norm.text) ? re.exec(norm.text) : null,
      );
      const cues = [sphere, watching, consequence].filter((m): m is RegExpExecArray => m != null);
      if (cues.length < 2) return [];
      // The target is tested after the cues: its capitalised-name branch has no literal to gate it, and the cues
      // rarely pair. Proper names are read on the original text (case is lost in the normalised one).
      if (!TARGET.test(original) && !TARGET.test(norm.text)) return [];
      // "Voters have long memories; the councillor should be careful how she votes": at the ballot box, unless
      // the comment also reaches into the person's private sphere.
      if (!sphere && ELECTORAL.test(norm.text)) return [];
      const first = cues.reduce((a, b) => (a.index <= b.index ? a : b));
      return [
        makeFinding(norm, first.index, first.index + first[0].length, {
          category: "threat",
          rule: "threat.menace.veiled",
          score: HOLD,
        }),
      ];
    },
  };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(TARGET);

export { createMenaceDetector };
