/**
 * Word lists for relevance and language. Stems are the first five letters of a word after dropping a plural or
 * verb ending (see `stem` in the relevance detector).
 */

const ENGLISH_STOPWORDS = new Set(
  "a about above after again against all am an and any are aren't as at be because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves just also like even still will get got one really much many well now anyone anybody someone thing things know think make way any every never always yes ok".split(
    " ",
  ),
);

/** Frequent function words of languages readers of an English site also write in. */
const FOREIGN_STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(
    "le la les des une un est et pour pas que qui dans sur ne ce c'est sont du au aux leur leurs mais ou avec il elle nous vous ils elles se sa son ses cette ces très tout tous être avoir fait plus comme même aussi été sans".split(
      " ",
    ),
  ),
  es: new Set(
    "el la los las del que y en un una es por para con su sus lo al se como más pero esta este son está están tienen ojalá muy todo todos ser hay fue sin también nos ni sobre".split(
      " ",
    ),
  ),
  nl: new Set(
    "de het een en van is dat niet op te voor met zijn moet meer uit onze veel eerder had er ook maar wij ze hij zij deze die dit wat wel geen naar nog bij kan worden".split(
      " ",
    ),
  ),
  de: new Set(
    "der die das und ist nicht ein eine zu mit auf für sich den dem es ich wir sie auch noch nur wie aber oder wenn wird sind hat kein keine diese".split(
      " ",
    ),
  ),
  it: new Set(
    "il lo la gli le di che e un una per non con sono del della questo questa anche ma più come molto tutti essere ha".split(" "),
  ),
  pt: new Set(
    "o a os as de do da dos das que e um uma para com não por mais como mas foi ao se na no é são muito também".split(" "),
  ),
};

/**
 * Stems of words that belong to public-affairs discussion on a news site (politics, war, law, society, the press).
 * A comment using them is about the news even when it shares no word with the article.
 */
const CIVIC_STEMS = new Set(
  "gover minis polit parli elect vote voter party parti democ presi prime leade law court judge justi trial crime crimi polic secur army milit war soldi troop fight attac bomb terro isis daesh jihad islam musli chris relig church mosqu refug immig migra asylu borde citiz natio count state publi peopl socie child famil women human right freed viole kill death die dead murde victi civil genoc peace trea allia nato unite europ ameri iraq syria iran turke kurds russi ukrai israe pales afgha middl east west media news journ artic autho repor write story press edito colum histo futur money budge tax econo corru scand contr offic minis polic healt educa schoo hospi commu local city town village camp prison senten deter risk threa dange safet respo accou failu fail decis debat argum opini issue probl polic syste refor prote strik rebui recon destr damag ruin home house build hous aid chari fund cost pay bill vote regim dicta weapo missi drone airst strik coali forces camp woman man men mothe fathe daugh son wife husba kids young old gener histo cultu oil energ power nucle sanct embas treaty diplo talks negot".split(
    " ",
  ),
);

/**
 * Stems that mark everyday topics unrelated to public affairs (food, sport, pets, gadgets, personal errands,
 * greetings). Clear off-topic needs these AND no link to the article or to public affairs.
 */
const OFF_DOMAIN_STEMS = new Set(
  "recip bake bakin bread cake cooki dinne lunch break pizza burge cheese choco banan coffe tea vegan diet weigh footb socce match goal goals leagu arsen chels liver manch premi cricke tenni golf nba nfl baseb baske playe score strik cat cats kitte puppy dog dogs sofa garde plant flowe broad wifi inter route lapto phone iphon andro app netfl movie film serie episo music song album conce band singe birth weddi anniv holid vacat trave beach hotel fligh dentis docto hairc salon shopp sale disco deal weath rain snow sunny traff parki car cars bike gym worko yoga fashi dress shoes skinc makeu game gamin xbox plays ninte crypt bitco lotto lotte casin sister broth cousi girlf boyfr crush dating".split(
    " ",
  ),
);

/** Questions to the community about personal matters ("anyone know a good ...", "any tips"). */
const PERSONAL_REQUEST =
  /\b(?:can anyone|could anyone|does anyone|anyone know|anyone else|any tips|any advice|recommend a|recommend any|happy birthday|love you|miss you|good morning|good night)\b/;

export { CIVIC_STEMS, ENGLISH_STOPWORDS, FOREIGN_STOPWORDS, OFF_DOMAIN_STEMS, PERSONAL_REQUEST };
