import { describe, expect, it } from "vitest";
import { createGuidelineEngine } from "../../../functions/engine/index.js";
import { guessLanguage } from "../../../functions/engine/language.js";
import { judge, MOSUL } from "./helpers.js";

const CIVIL_FOREIGN = [
  ["fr", "C'est une tragédie pour toute la ville, les habitants méritent mieux."],
  ["arabic-script", "الانتخابات لن تغير شيئا طالما بقيت الميليشيات"],
  ["nl", "Nederland moet meer vluchtelingen uit Irak opnemen, dat is onze plicht."],
  ["es", "Los niños no tienen la culpa de lo que hicieron sus padres."],
  ["de", "Die Flüchtlinge aus dem Irak brauchen unseren Schutz."],
  ["tr", "Musul için çok üzgünüm, ama bu karar daha iyi bir gelecek için önemli."],
  ["ku", "Ez ji bo zarokên li kampê gelek xemgîn im. Divê ew vegerin malên xwe."],
  ["pl", "Mieszkam przy tej ulicy od ośmiu lat i nigdy nie było żadnych problemów z sąsiadami."],
  ["ro", "Copiii mei merg la școala asta și profesorii sunt foarte buni, dar clasele sunt prea mari."],
] as const;

const holdOtherLanguages = createGuidelineEngine({ useModel: false, otherLanguages: "hold" });

describe("language", () => {
  it('reads laughter as no language, not as Italian or Spanish "ha"', () => {
    expect(guessLanguage("ha ha ha ha")).toEqual({ english: true, language: "und" });
    expect(guessLanguage("El alcalde ha dicho que no hay dinero para la escuela")).toEqual({
      english: false,
      language: "es",
    });
  });

  it.each(CIVIL_FOREIGN)("tells %s in %j", (language, text) => {
    expect(guessLanguage(text)).toEqual({ english: false, language });
  });

  it("holds Welsh, which has no lexicon, and keeps an English comment naming a Polish reader English", () => {
    const welsh = "Roedd fy nain yn canu yn y côr. Mae'r capel wedi bod ar gau ers blynyddoedd.";
    expect(guessLanguage(welsh)).toEqual({ english: false, language: "cy" });
    expect(judge(welsh).reasonCode).toBe("non_english");
    expect(guessLanguage("Thanks to Mr Wiśniewski for the article, it was very good.").english).toBe(true);
  });

  it.each([
    "Meine Familie kommt aus Nigeria und wir leben seit zehn Jahren hier in der Stadt.",
    "Ma famille vient du Niger et nous vivons ici depuis dix ans.",
    "Mijn buren komen uit Nigeria en zijn de aardigste mensen van de straat.",
  ])("never reads Niger or Nigeria as a slur in another language: %j", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it("tells other scripts from the Arabic script", () => {
    expect(guessLanguage("Выборы ничего не изменят, пока остаются ополчения").language).toBe("non-latin");
    expect(guessLanguage("انتخابات هیچ چیزی را تغییر نمی‌دهد").language).toBe("arabic-script");
  });

  it.each(CIVIL_FOREIGN)(
    "approves a civil comment in %s, judged by that language's lexicon",
    (_language, text) => {
      const j = judge(text);
      expect(j.decision).toBe("approved");
      expect(j.reasonCode).toBe("clean");
    },
  );

  it.each(CIVIL_FOREIGN)("holds %s when the site holds other languages", (_language, text) => {
    const j = holdOtherLanguages.judge({ text }, MOSUL);
    expect(j.decision).toBe("pending");
    expect(j.reasonCode).toBe("non_english");
  });

  it.each([
    ["fr", "Ce ministre est un connard, qu'il dégage.", "personal_attack"],
    ["es", "El alcalde es un hijo de puta y todos lo saben.", "profanity"],
    ["de", "Der Bürgermeister ist ein Arschloch, das weiß jeder.", "personal_attack"],
    ["nl", "Die minister is een klootzak, dat weet iedereen.", "personal_attack"],
    ["it", "Il sindaco è uno stronzo e lo sanno tutti in città.", "personal_attack"],
    ["pt", "O presidente da câmara é um filho da puta, toda a gente sabe.", "profanity"],
    ["tr", "Bu belediye başkanı tam bir orospu çocuğu, herkes biliyor.", "personal_attack"],
    ["ku", "Ew siyasetmedar diz e, dayika te bigim, tu çi dikî li vir?", "profanity"],
    ["pl", "Ten radny to skurwysyn i złodziej, wszyscy o tym wiedzą.", "personal_attack"],
    ["ro", "Primarul ăsta e un nenorocit și un hoț, pizda mă-sii de politician.", "profanity"],
    ["fr", "Quelle justice de merde. Putain, encore un.", "profanity"],
    ["arabic-script", "هذا الوزير منيوك ولا يفهم شيئا", "personal_attack"],
  ])("rejects a %s comment by a reject term of its lexicon: %j", (_language, text, category) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toContain(category);
    expect(j.evidence.some((e) => e.rule.startsWith("foreign."))).toBe(true);
  });

  it("never rejects another language by English rules: an English insult only holds it", () => {
    const j = judge("Los niños no tienen la culpa, the minister is a bollocks moron y lo sabe.");
    expect(j.decision).toBe("pending");
    expect(j.reasonCode).toBe("non_english");
    // The English rule fired at a level that rejects English comments.
    expect(j.evidence.some((e) => e.rule.startsWith("personal_attack.") && (e.score ?? 0) >= 0.8)).toBe(true);
  });

  it("never approves a phone number or a link in another language (promotion is read in any language)", () => {
    const j = judge("Muy buen artículo, más información en www.ganamas-hoy.es o al 0612 345 678");
    expect(j.decision).toBe("pending");
    expect(j.categories).toEqual(["promotion"]);
  });

  it("holds what is too short to read in another language: fewer than three words", () => {
    // Only other scripts get here that short: Latin text needs three words before it is told from English at all.
    expect(judge("ابدا")).toMatchObject({ decision: "pending", reasonCode: "non_english" });
    expect(judge("شكرا جزيلا")).toMatchObject({ decision: "pending", reasonCode: "non_english" });
    expect(judge("شكرا جزيلا للكاتب")).toMatchObject({ decision: "approved", reasonCode: "clean" });
  });

  it("holds a veiled threat written as a phrase of the lexicon", () => {
    const j = judge("Le juge devrait faire attention, on sait où il habite maintenant.");
    expect(j.decision).toBe("pending");
    expect(j.categories).toContain("threat");
  });

  it("reads another Latin-script lexicon too, but only to hold", () => {
    // Guessed Spanish; "stronzo" is Italian: a reject term there, only a hold here.
    const j = judge("El alcalde es un stronzo y no tiene vergüenza ninguna con los vecinos.");
    expect(j.decision).toBe("pending");
    expect(j.evidence.some((e) => e.rule === "foreign.it.personal_attack")).toBe(true);
  });

  it("reads another language's lexicon word for word, not with stretched letters collapsed", () => {
    // French "même" collapsed would be German "Memme" (coward); German "bitte" collapsed, French "bite".
    expect(
      judge("Le procès doit être équitable, même pour lui. C'est ce qui nous distingue de Daech.").decision,
    ).toBe("approved");
    expect(judge("Ich war selbst Flüchtling. Bitte gebt diesen Männern eine Chance.").decision).toBe(
      "approved",
    );
  });

  it("holds scripts without a lexicon", () => {
    const j = judge("Выборы ничего не изменят, пока остаются ополчения");
    expect(j.decision).toBe("pending");
    expect(j.reasonCode).toBe("non_english");
  });

  it("does not treat English with a foreign word in it as another language", () => {
    expect(guessLanguage("The Peshmerga abandoned Sinjar, c'est la vie they said.").english).toBe(true);
    // Abbreviations and slang that spell a foreign function word: the EU, the ONS, "im", "yo".
    for (const text of [
      "Theresa May capitulating to the EU. UK EU withdrawal, latest.",
      "ONS figures out today, ONS says wages fell.",
      "im so tired of this im done",
      "YO YO YO BYATCH WHASSUP?",
    ])
      expect(guessLanguage(text).english).toBe(true);
  });

  it("tells short abusive comments in another language, so its lexicon judges them, not English rules", () => {
    // These read as English before: too few of the language's function words were known ("je", "tu", "où").
    expect(guessLanguage("Je sais où tu habites.")).toEqual({ english: false, language: "fr" });
    expect(judge("Je sais où tu habites.")).toMatchObject({ decision: "pending", categories: ["threat"] });
    expect(judge("Sales bougnoules, rentrez chez vous.")).toMatchObject({
      decision: "rejected",
      categories: ["identity_abuse"],
    });
    expect(judge("Scheiß Kanaken raus aus Deutschland").decision).toBe("rejected");
  });

  it("holds a short comment whose language cannot be told when another lexicon's unmistakable term is in it", () => {
    for (const text of ["Fils de pute.", "Hijo de puta.", "Du Hurensohn.", "Figlio di puttana."]) {
      expect(guessLanguage(text)).toEqual({ english: true, language: "und" });
      expect(judge(text, null).decision).toBe("pending");
    }
    // Not a word that is abuse only in context there ("hain", traitor in Turkish, is "are" in Hindi), nor the
    // English swearwords other lexicons list as loanwords.
    expect(
      judge("Sabhi ko Diwali ki hardik shubhkamnayein! Shanivaar ko Market Place mein milte hain.", null)
        .decision,
    ).toBe("approved");
    expect(judge("Karma's a bitch...", null).categories).toEqual(["profanity"]);
  });

  it("holds veiled threats and sweeping charges against a group in another language", () => {
    for (const [text, category] of [
      ["Wir wissen, wo deine Kinder zur Schule gehen.", "threat"],
      ["Le juge habite au 12 rue des Lilas, à bon entendeur.", "threat"],
      ["Seni bulacağız, nerede oturduğunu biliyoruz.", "threat"],
      ["O vereador que se cuide, eu sei onde mora.", "threat"],
      ["Belediye başkanı bu akşam eve dönerken dikkat etsin, haberi olsun.", "threat"],
      ["Il consigliere dovrebbe stare attento quando esce la sera.", "threat"],
      ["Die Muslime sind eine Seuche für Europa.", "identity_abuse"],
      ["Gli immigrati sono tutti criminali, fuori dall'Italia.", "identity_abuse"],
    ] as const)
      expect(judge(text, null)).toMatchObject({ decision: "pending", categories: [category] });
    // Where someone lives, said plainly, is no threat.
    expect(
      judge("Meine Schwester wohnt in der Unterstadt. Das Wasser stand einen halben Meter hoch.", null)
        .decision,
    ).toBe("approved");
  });

  it("holds 'we know where they live' in other languages by its structure, not when the knowing is denied", () => {
    for (const text of [
      "Ze weten heus wel waar hij woont.",
      "O segurança, todos sabemos onde ele mora.",
      "Wiemy, gdzie mieszka ten sędzia.",
      "Nerede oturduğunu hepimiz biliyoruz.",
      "Ich weiß genau, wo der Bürgermeister wohnt.",
      "نعرف وين يسكن القاضي",
    ]) {
      const j = judge(text, null);
      expect(j).toMatchObject({ decision: "pending", categories: ["threat"] });
      expect(j.evidence.some((e) => e.rule.endsWith(".knows-where-they-live"))).toBe(true);
    }
    for (const text of ["Non so dove vive mia zia adesso.", "Je ne sais pas où il habite maintenant."])
      expect(judge(text, null).decision).toBe("approved");
  });

  it("holds calls to hang or shoot in another language, and approves the same verbs reporting what happened", () => {
    for (const text of [
      "Diese Politiker sollte man alle aufhängen.",
      "Diese Schweine sollte man alle abknallen.",
      "Il faut les pendre, tous ces ministres.",
    ])
      expect(judge(text)).toMatchObject({ decision: "pending", categories: ["threat"] });
    expect(judge("ISIS hat drei Männer in Mossul erschossen.").decision).toBe("approved");
    expect(judge("Daech a fait pendre des hommes à Mossoul.").decision).toBe("approved");
  });
});

describe("other languages: evasions", () => {
  it.each([
    [
      "digits and symbols read as letters",
      "Wat een schande, g0dverd0mme, de hele gemeenteraad moet weg.",
      "foreign.nl.profanity",
    ],
    [
      "a phone number in Arabic-Indic digits",
      "ترجمة فورية وبأسعار رخيصة، اتصلوا على ٠٧٥٠١٢٣٤٥٦٧ الآن",
      "foreign.contact-number",
    ],
    [
      "a phone number in Persian digits",
      "درآمد عالی از خانه، همین الان پیام بدهید به ۰۰۴۹۱۷۶۱۲۳۴۵۶۷",
      "foreign.contact-number",
    ],
  ])("never approves %s", (_what, text, rule) => {
    const j = judge(text);
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.map((e) => e.rule)).toContain(rule);
  });
});

describe("other languages: site terms", () => {
  it("counts the site's allow list in other languages too", () => {
    const site = createGuidelineEngine({ useModel: false, allowList: ["putain"] });
    const text = "Putain, encore une fois le conseil municipal a voté contre les familles.";
    expect(judge(text).decision).not.toBe("approved");
    expect(site.judge({ text }, MOSUL).decision).toBe("approved");
  });

  it("rejects a site block-list term in another language", () => {
    const site = createGuidelineEngine({
      useModel: false,
      blockList: [{ term: "gauchiasse", category: "personal_attack" }],
    });
    const j = site.judge({ text: "Encore un article de gauchiasse, comme toujours dans ce journal." }, MOSUL);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["personal_attack"]);
  });
});

describe("language of link spam", () => {
  it.each([
    "Visit www.cheap-deals.com and x.com/offer and y.com/more now",
    "w w w . spam . com w w w . spam . com",
  ])("does not read the .com of %j as Portuguese", (text) => {
    expect(guessLanguage(text).language).not.toBe("pt");
  });

  it("still reads Portuguese sentences that start with 'Com'", () => {
    expect(
      guessLanguage("O governo falhou. Com isso as famílias ficam sem casa, com fome e sem apoio.").language,
    ).toBe("pt");
  });
});
