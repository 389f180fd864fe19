/**
 * Word lists for relevance and language.
 */

const ENGLISH_STOPWORDS = new Set(
  "a about above after again against all am an and any are aren't as at be because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves just also like even still will get got one really much many well now anyone anybody someone thing things know think make way any every never always yes ok new old good great best bad time times day days year years today week last next back said says say see look looking want need going come comes take made lot right another everyone everything nothing something hope thanks thank please".split(
    " ",
  ),
);

/** Frequent function words of languages readers of an English site also write in. */
const FOREIGN_STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(
    "je j'ai tu où chez mes tes notre votre vos eux rien jamais toujours déjà ici ça cela suis sommes êtes sont avons avez peut faut doit sais était seront le la les des une un est et pour pas que qui dans sur ne ce c'est sont du au aux leur leurs mais ou avec il elle nous vous ils elles se sa son ses cette ces très tout tous être avoir fait plus comme même aussi été sans quel quelle quels quelles encore".split(
      " ",
    ),
  ),
  es: new Set(
    "tú él ellos ellas nosotros usted ustedes porque cuando donde dónde aquí ahora nunca siempre tiene tengo hace eso esto ese vete fuera mío tuyo el la los las del que y en un una es por para con su sus lo al se como más pero esta este son está están tienen ojalá muy todo todos ser hay fue sin también nos ni sobre".split(
      " ",
    ),
  ),
  nl: new Set(
    "je jou ik jij jullie mijn jouw heb hebben waar weg eruit nooit altijd niks iets hier daar zou zullen kunnen de het een en van is dat niet op te voor met zijn moet meer uit onze veel eerder had er ook maar wij ze hij zij deze die dit wat wel geen naar nog bij kan worden".split(
      " ",
    ),
  ),
  de: new Set(
    "du bist dich dir raus alle sollte sollten muss müssen habe haben waren sein mein dein euch ihr ihm ihn dass weil doch schon jetzt immer nichts alles viel sehr über gegen ohne bei vom zum zur der die das und ist nicht ein eine zu mit auf für sich den dem es ich wir sie auch noch nur wie aber oder wenn wird sind hat kein keine diese".split(
      " ",
    ),
  ),
  it: new Set(
    "sei siete lui lei noi loro mio tuo quando perché sempre niente tutto fuori qui adesso ancora cosa il lo la gli le di che e un una per non con sono del della questo questa anche ma più come molto tutti essere ha".split(
      " ",
    ),
  ),
  pt: new Set(
    "você vocês ele ela nós eles elas meu minha onde quando porque sempre nunca aqui agora fora isso isto o a os as de do da dos das que e um uma para com não por mais como mas foi ao se na no é são muito também".split(
      " ",
    ),
  ),
  tr: new Set(
    "seni sana senin beni bana onu ona sizi nerede ve bir bu için ile da de çok ama mi gibi daha olarak hâlâ hala değil var yok ben sen biz onlar şu her kadar sonra önce çünkü veya ki diye icin cok degil cunku simdi şimdi neden nasil nasıl artik artık sadece hepsi bunu buna bunlar yine fakat ancak olan oldu olsun zaten hangi boyle böyle yani evet hayir hayır hic hiç".split(
      " ",
    ),
  ),
  // Polish and Romanian, the languages of two large communities of British towns (lexicons in lexicon/foreign/).
  // Words that are also English ("to", "ten", "in") or Welsh ("ei", "eu") are left out.
  pl: new Set(
    "się nie jest że ale jak czy dla są już tylko bardzo oraz może przez przy był była było będzie tego tej też więc kiedy gdzie który która które moje moja mój nasz nasze jestem mam jeszcze wszystko wszyscy tutaj teraz jego jej ich mnie sie juz tez wiec moze byl bylo bedzie ktory ktora ktore moj prostu znowu więcej wiecej tylko zawsze nigdy dzisiaj wczoraj jutro dlaczego czemu ktoś coś nikt każdy ludzie dzieci sobie swoje trzeba można przed między aby żeby zeby gdy jeśli jesli jeżeli albo lub jednak nawet mamy chcę chcemy wiem dziękuję dziekuje proszę prosze szkoda dokladnie dokładnie pewnie podatki jeszcze coraz tym tych którzy ktorzy".split(
      " ",
    ),
  ),
  ro: new Set(
    "și este că în cu pentru sunt care să acest această foarte dar sau lui lor nu pe mai fost avem vrem asta noi voi nici doar acum aici îi își după până când unde cum dacă fără între trebuie poate atât mult multe niciodată nimic nimeni toți toate noștri nostru noastră meu mea mei mele tău ăsta aceasta acesta aceste acești dintre despre decât iar si sa daca dupa pana cand fara intre atat nimeni toti nostri noastra dintre decat".split(
      " ",
    ),
  ),
  // Welsh: no lexicon, so held.
  cy: new Set(
    "mae roedd oedd yng gyda hefyd wedi ddim iawn fydd nhw bod eich ein yw nid hwn hon hyn".split(" "),
  ),
  // Kurmanji in Latin script (the Kurdish most readers of an Iraq and Syria news site write). Both languages are
  // often typed without their letters ("icin", "cok", "edi"): those spellings too, where they are not English words.
  ku: new Set(
    "ji bo min te divê êdî li ku ez em ew jî di ev wê vê hêj bi û wan dike heye tune çi kî çawa gelek hîn yên ên edi hej cawa".split(
      " ",
    ),
  ),
};

/**
 * Words of public-affairs discussion (politics, war, law, society, the press). A comment using them is about the
 * news even when it shares no word with the article. Stemmed when the relevance detector loads.
 */
const CIVIC_WORDS = `government minister ministry politics political politician parliament election vote voter party polling ballot mayor arrest
democracy president prime leader law court judge justice trial crime criminal police security army military war
soldier troops fight fighter attack bomb terror terrorist terrorism isis daesh jihad jihadist islam muslim christian
religion church mosque refugee immigrant immigration migrant asylum border citizen citizenship nation national
country state public people society child children family families women woman men human rights freedom violence
kill killing death dead murder victim civilian genocide peace treaty alliance nato united europe european america
american iraq iraqi syria syrian iran turkey kurds russia ukraine israel palestine afghanistan middle east west
media news journalist article author report reporting story press editor column history future money budget tax
economy corruption corrupt scandal contract office public health education school hospital community local city town
village camp prison sentence deterrent risk threat danger safety responsibility accountable failure failed decision
debate argument opinion issue problem policy system reform protest strike rebuild reconstruction destroy destruction
damage ruins home house building aid charity fund cost pay bill regime dictator weapon missile drone airstrike
coalition forces mother father daughter son wife husband kids young old generation culture oil energy power nuclear
sanctions embassy diplomacy talks negotiation hero heroes courage survivor survivors evidence investigation
prosecute prosecution verdict executed execution punishment penalty sympathy compassion humane cruel moral ethics
rule rules procurement tender cabinet opposition minister resign resignation pension trust citizens taxpayer
service services funding money billions millions thousands hundreds world international foreign domestic region
regional local army chairman chief official officials agency agencies`;

/**
 * Words of everyday topics unrelated to public affairs (food, sport, pets, gadgets, personal errands, greetings).
 * Clear off-topic needs these AND nothing shared with the article or with public affairs.
 */
const OFF_DOMAIN_WORDS = `recipe bake baking bread cake cookie dinner lunch breakfast pizza burger cheese chocolate banana
coffee vegan diet football soccer goal league arsenal chelsea liverpool manchester premier cricket tennis golf nba nfl
baseball basketball cat kitten puppy dog sofa garden flower broadband wifi internet router laptop iphone android
netflix movie film episode music song album concert band singer birthday wedding anniversary holiday vacation beach
dentist haircut salon shopping weather rain snow sunny traffic parking gym workout yoga fashion dress shoes skincare
makeup gaming xbox playstation nintendo crypto bitcoin lottery casino sister brother cousin girlfriend boyfriend crush
dating fans club shawarma kebab restaurant cafe takeaway plumber electrician builder mechanic bike bicycle flatmate keys wallet parcel delivery tonight weekend merry christmas easter halloween congratulations flatmate roommate rent recommend
derby halftime kickoff striker goalkeeper fixture fixtures rugby snooker darts boxing ufc f1 champions pasta carbonara
spaghetti curry roast pub pint brunch dessert pudding tiktok snapchat spoilers season boiler fridge lawnmower garage
hamster budgie uniform jumper bootsale jumble bargain discount barbecue bbq swim sunbathing`;

/**
 * Questions to the community about personal matters ("anyone know a good ...", "any tips"). Asking readers to
 * confirm or explain something is about the story.
 */
const PERSONAL_REQUEST =
  /\b(?:(?:can|could) anyone(?! (?:confirm|explain|clarify|verify)\b)|does anyone|anyone know|anyone else|any tips|any advice|recommend a|recommend any|happy birthday|love you|miss you|good morning|good night|goodnight|goodmorning|let me know|if anyone finds|having for dinner|what's everyone|anyone selling|anyone buying|where did the (?:year|time) go|has anyone tried|anyone tried|anyone been to|anyone watching|anyone got|anyone going|who else is here|is it just me|anyone else's|happy new year|merry christmas|happy holidays|happy easter|eid mubarak|happy eid)\b/;

/**
 * A reader asking the other readers for everyday help, or greeting them: the local noticeboard, not the story
 * ("anyone know a good plumber in ...", "who's watching the darts tonight", "lost cat near the station"). Read only
 * when the comment shares no word with its article or with news talk.
 */
const COMMUNITY_REQUEST =
  /(?:^|[.!?] )(?:(?:hey|hi|hello|yo|oi|lads|guys|folks|ok|okay|right|also)[,!]? )?(?:(?:random but |quick question,? |sorry (?:if|for) [^.!?]{0,30}but )?(?:does|do|can|could|has|would|will|is) (?:any ?one|anybody|any1|someone|somebody)(?: else(?:'s)?)? (?:know|recommend|tell|have|got|seen|remember|watch|watching|want|selling|sell|fancy|going|been|heard|lost|found)|(?:any ?one|anybody|any1)(?: else)? (?:know|recommend|got|have|selling|want|fancy|watching|going|seen|lost|found|remember|noticed|tried)|(?:any ?one|anybody) else'?s|(?:has|did|does|would) (?:any ?one|anybody)(?: else)? (?:noticed|seen|see|tried|be interested|reported|had)|who(?:'s|s| has) got an? [a-z]+ i can (?:borrow|have)|(?:who's|whos|who else is|who else) (?:going to (?:the|see|watch)|going to [a-z]+(?: [a-z]+)? (?:on|this|tonight|tomorrow|next)|watching|got (?:tickets|a spare|spare)|selling|playing|remembers|having)|what(?:'s| is) everyone (?:having|doing|watching|up to)|what(?:'s|s| is| are) every ?one'?s thoughts on|where can i (?:buy|get|find)|where(?:'s| is) the (?:best|nearest)|what time (?:does|do|is) the|(?:lost|found|missing):? (?:black |ginger |grey |gray |tabby |brown |white |small |little )?(?:cat|dog|kitten|puppy|spaniel|terrier|parrot|tortoise)|hello from|hi (?:everyone|all|guys)|happy birthday|is there an? (?:decent|good|cheap|proper|reliable|nice) [a-z]+(?: [a-z]+)? (?:in|near|round|around)|who won the (?:meat )?(?:raffle|quiz|bingo|draw|tombola)|is the (?:bin collection|bins|tip|library|pool|leisure centre|cafe|chippy|market) (?:still|open|any good|closed|on)|hope (?:every ?one|everybody|you all|y'all|your all|you're all|ur all)(?:'s| is| are)? (?:having|had) a (?:good|great|lovely|nice|blessed) (?:week|day|weekend|evening|night|christmas)|thought for the day|(?:love|blessings|peace) to every(?:one|body)|have a blessed (?:day|week|weekend)|which of you (?:lot )?(?:is|are) (?:going|taking)|is there a (?:council )?(?:number|phone number|website|email) (?:for|to)|any news on when|first time commenting|long time reader,? first time|can we (?:get|have) a (?:story|article|piece) on|is the (?:[a-z']+ ){1,5}(?:still (?:open|closed|shut|doing|selling|running|going)|open again|open (?:on )?(?:sundays|saturdays|mondays|weekends|late|today|tomorrow))|when(?:'s| is| does) the (?:christmas market|market|fair|pool|library|tip|gym|funfair) (?:opening|open|start)|where(?:'s|s| is) the (?:[a-z]+ )?link for|what time(?:'s| is) (?:the )?kick ?off|my bins? (?:haven't|havent|hasn't|hasnt|have not|has not|weren't|wasn't|not) been (?:collected|emptied)|is this where (?:you|i|we) (?:can )?ask|where am i (?:meant|supposed) to (?:buy|get|go)|(?:merry christmas|happy new year|happy easter|eid mubarak) (?:every ?one|to all|all|from)|(?!(?:she|he|they|it|i|we|you|there|this|that|was|is)\b)[a-z]+(?: [a-z]+){0,2} \d{1,2},? (?!(?:not|and|or|to|of|in|out|but|was|is)\b)[a-z]+(?: [a-z]+){0,2} \d{1,2}(?=[,!]|\s+(?:what a|get in|up the|come on|get it|lets go|let's go))|wh?at'?s the weather (?:like|going to be|doing)|can we (?:talk|chat) about (?:something else|[a-z ]{1,30} instead)|where(?:'s| is) the (?:article|story|piece|coverage) (?:about|on)|who wants to be (?:my )?friends?|(?:can|could) (?:any ?one|anybody|someone|somebody) help (?:me|us) with (?:my|our)|whoever (?:took|nicked|stole|borrowed|has|picked up) my|are we still on for|(?:who's|whos|who is|who else is|any ?one|anybody) going to [a-z']+ (?:party|birthday|wedding|barbecue|bbq|leaving do)|any (?:ideas|suggestions|recommendations) for (?:indoor |outdoor |rainy day |fun )?(?:stuff|things|activities|places|somewhere)|what are my rights|where(?:'s|s| is| has) the (?:bus stop|post office|cash machine|cashpoint|atm|post box|postbox) (?:moved|gone)|(?:are|is) the (?:public )?(?:toilets|loos)\b[^.!?]{0,40}\b(?:re-?open|open again)|i am \d+ years? old (?:lady|girl|woman|man|guy))\b/;

/** One word of laughter ("haha", "lolol", "lmaooo", "hehe"), an alternation for `^(?:...)$`. */
const LAUGHTER = "lo+l+|lolo+l|lmf?ao+|rofl|xd|kek|(?:ha)+h?|a(?:ha){2,}h?|(?:he){2,}h?";

export {
  CIVIC_WORDS,
  COMMUNITY_REQUEST,
  ENGLISH_STOPWORDS,
  FOREIGN_STOPWORDS,
  LAUGHTER,
  OFF_DOMAIN_WORDS,
  PERSONAL_REQUEST,
};
