/** Romanian abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term
#
# Spelling: matching ignores diacritics, so every term written here with ă â î ș ț (comma or cedilla) also reads
# the plain ASCII most readers type ("futu-ți" reaches "futu-ti" and "futu ti", "știu unde stai" reaches "stiu
# unde stai"), and a hyphen or apostrophe splits words ("futu-ți" is the phrase "futu ți", "dracu'" the word
# "dracu"). Writing both spellings would list a term twice; only spellings that folding does not reach ("tz" for
# ț, "sh" for ș, "k" for c, words run together) are listed on their own, at the end.
#
# Words that are also innocent are held or listed only in phrases: "prost" (also "bad": "serviciu prost"),
# "cioară" (also "crow"), "bou" (also "ox"), "labă" (also "paw"), "rahat" (also Turkish delight), "mă-tii" (also
# "mă ții", "you hold me"), "ratat" (also "missed"), "fraier" (also "ne iau de fraieri", a civil complaint),
# "cioroi" (also a surname).

# --- Swearwords: pula, pizda, muie, the verb a fute (reject) ---
profanity         reject  pula
profanity         reject  pule
profanity         reject  pulii
profanity         reject  pulei
profanity         reject  pulelor
profanity         reject  pulamea
profanity         reject  pizd*
profanity         reject  muie
profanity         reject  muist*
profanity         reject  futu
profanity         reject  fututi
profanity         reject  futui
profanity         reject  fut
profanity         reject  futi
profanity         reject  fute
profanity         reject  futem
profanity         reject  futeți
profanity         reject  futu-ți mama
profanity         reject  futu-ți dumnezeii
profanity         reject  futu-ți morții
profanity         reject  futu-ți neamul
profanity         reject  futu-vă
profanity         reject  fute-te
profanity         reject  fute-m-aș
profanity         reject  futu-i mama
profanity         reject  pizda mă-tii
profanity         reject  pizda mă-sii
profanity         reject  morții mă-tii
profanity         reject  morții mă-sii
profanity         reject  dumnezeii mă-tii
profanity         reject  dumnezeii mă-sii
profanity         reject  în pula mea
profanity         reject  băga-mi-aș pula
profanity         reject  bag pula
profanity         reject  ce pula mea
profanity         reject  ce pizda mă-tii
profanity         reject  du-te-n pula mea
profanity         reject  du-te-n pizda mă-tii
profanity         reject  muie psd
profanity         reject  dau muie
profanity         reject  fuck*
profanity         reject  motherfucker*

# --- Swearwords: mild or with an innocent sense (hold) ---
profanity         hold    căcat*
profanity         hold    de căcat
profanity         hold    kkt
profanity         hold    rahat
profanity         hold    rahatul
profanity         hold    rahaturi
profanity         hold    dracu
profanity         hold    dracului
profanity         hold    la dracu
profanity         hold    du-te dracului
profanity         hold    ducă-se dracului
profanity         hold    ce dracu
profanity         hold    taci dracu
profanity         hold    sictir
profanity         hold    pe mă-ta
profanity         hold    în mă-ta
profanity         hold    du-te-n mă-ta
profanity         hold    du-te-n mă-tii
profanity         hold    du-te-n mă-sa
profanity         hold    shit

# --- Insults to a person: strong (reject) ---
personal_attack   reject  curva
personal_attack   reject  curve
personal_attack   reject  curvo
personal_attack   reject  curvei
personal_attack   reject  curvele
personal_attack   reject  curvelor
personal_attack   reject  curvar*
personal_attack   reject  târf*
personal_attack   reject  fiu de curvă
personal_attack   reject  fii de curvă
personal_attack   reject  fiu de cățea
personal_attack   reject  fiu de târfă
personal_attack   reject  jigodi*
personal_attack   reject  căcat cu ochi
personal_attack   reject  bucată de căcat
personal_attack   reject  om de căcat
personal_attack   reject  oameni de căcat
personal_attack   reject  sac de rahat
personal_attack   reject  pizdă proastă
personal_attack   reject  labagi*
personal_attack   reject  bitch*
personal_attack   reject  idiotule
personal_attack   reject  idioato
personal_attack   reject  cretinule
personal_attack   reject  cretino
personal_attack   reject  imbecilule
personal_attack   reject  imbecilo
personal_attack   reject  tâmpitule
personal_attack   reject  tâmpito
personal_attack   reject  dobitocule
personal_attack   reject  prostule
personal_attack   reject  proasto
personal_attack   reject  boule
personal_attack   reject  retardatule
personal_attack   reject  retardato
personal_attack   reject  debilule
personal_attack   reject  handicapatule
personal_attack   reject  nenorocitule
personal_attack   reject  nenorocito
personal_attack   reject  împuțitule
personal_attack   reject  împuțito

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiot
personal_attack   hold    idioți
personal_attack   hold    idioată
personal_attack   hold    idioților
personal_attack   hold    ești un idiot
personal_attack   hold    ești o idioată
personal_attack   hold    sunteți niște idioți
personal_attack   hold    cretin
personal_attack   hold    cretini
personal_attack   hold    cretină
personal_attack   hold    cretinilor
personal_attack   hold    imbecil
personal_attack   hold    imbecili
personal_attack   hold    imbecilă
personal_attack   hold    tâmpit
personal_attack   hold    tâmpiți
personal_attack   hold    tâmpită
personal_attack   hold    tâmpiților
personal_attack   hold    dobitoc
personal_attack   hold    dobitoci
personal_attack   hold    dobitoaco
personal_attack   hold    retardat
personal_attack   hold    retardați
personal_attack   hold    retardată
personal_attack   hold    debil mintal
personal_attack   hold    handicapat mintal
personal_attack   hold    mongoloid*
personal_attack   hold    mongolule
personal_attack   hold    autistule
personal_attack   hold    bou
personal_attack   hold    boilor
personal_attack   hold    ești un bou
personal_attack   hold    vită încălțată
personal_attack   hold    măgar
personal_attack   hold    măgarule
personal_attack   hold    porcule
personal_attack   hold    porcilor
personal_attack   hold    scroafă
personal_attack   hold    scroafo
personal_attack   hold    vaco
personal_attack   hold    vacă grasă
personal_attack   hold    cățea
personal_attack   hold    cățeaua
personal_attack   hold    javră
personal_attack   hold    javre
personal_attack   hold    nenorocit*
personal_attack   hold    ticălos*
personal_attack   hold    nemernic*
personal_attack   hold    canalie
personal_attack   hold    canalii
personal_attack   hold    canaliile
personal_attack   hold    lichea
personal_attack   hold    lichele
personal_attack   hold    secătură
personal_attack   hold    secături
personal_attack   hold    pușlama
personal_attack   hold    lepădătură
personal_attack   hold    lepădături
personal_attack   hold    jegos
personal_attack   hold    jegoși
personal_attack   hold    jegoasă
personal_attack   hold    căcănar*
personal_attack   hold    cocalar*
personal_attack   hold    pițipoanc*
personal_attack   hold    pupincurist*
personal_attack   hold    lingău
personal_attack   hold    lingăule
personal_attack   hold    lingăi
personal_attack   hold    slugoi
personal_attack   hold    târâtură
personal_attack   hold    mizerabilule
personal_attack   hold    nesimțitule
personal_attack   hold    ești un nesimțit
personal_attack   hold    fraierule
personal_attack   hold    ești un fraier
personal_attack   hold    mincinosule
personal_attack   hold    ești un mincinos
personal_attack   hold    hoțule
personal_attack   hold    trădătorule
personal_attack   hold    lașule
personal_attack   hold    ratatule
personal_attack   hold    ești un ratat
personal_attack   hold    niște ratați
personal_attack   hold    țăranule
personal_attack   hold    papagalule
personal_attack   hold    penibilule
personal_attack   hold    pedofilule
personal_attack   hold    psihopatule
personal_attack   hold    bolnavule
personal_attack   hold    analfabetule
personal_attack   hold    analfabeto
personal_attack   hold    mincinoaso
personal_attack   hold    nesimțito
personal_attack   hold    fraiero
personal_attack   hold    țărano
personal_attack   hold    gunoi de om
personal_attack   hold    gunoaie umane
personal_attack   hold    ești un gunoi
personal_attack   hold    sunteți niște gunoaie
personal_attack   hold    paraziți
personal_attack   hold    paraziții
personal_attack   hold    parazitule
personal_attack   hold    scursura societății

# --- "prost": also "bad", so only as an insult in a phrase ---
personal_attack   hold    ești prost
personal_attack   hold    ești proastă
personal_attack   hold    ești un prost
personal_attack   hold    ești o proastă
personal_attack   hold    ești așa de prost
personal_attack   hold    ești atât de prost
personal_attack   hold    ce prost ești
personal_attack   hold    ce proastă ești
personal_attack   hold    sunteți proști
personal_attack   hold    sunteți niște proști
personal_attack   hold    prost ca noaptea
personal_attack   hold    proastă ca noaptea
personal_attack   hold    proști ca noaptea
personal_attack   hold    prost ca o galoșă
personal_attack   hold    prost de bubuie
personal_attack   hold    prostul satului
personal_attack   hold    proasta satului
personal_attack   hold    proștii ăștia
personal_attack   hold    prostul ăsta
personal_attack   hold    proasta asta
personal_attack   hold    proștilor
personal_attack   hold    prostănac*
personal_attack   hold    prostovan*

# --- Sexual / obscene ---
vulgarity         reject  futai
vulgarity         reject  futaiul
vulgarity         reject  futut
vulgarity         reject  fututa
vulgarity         reject  fututul
vulgarity         reject  futând
vulgarity         reject  futea
vulgarity         reject  futeau
vulgarity         reject  fută
vulgarity         reject  futuse
vulgarity         hold    ți-o trag
vulgarity         hold    ți-o bag
vulgarity         reject  ți-o bag în gură
vulgarity         reject  suge-mi-o
vulgarity         reject  sugi pula
vulgarity         reject  să mi-o sugi
vulgarity         reject  s-o sugi
vulgarity         reject  i-o suge
vulgarity         reject  i-o sugă
vulgarity         reject  bagă-ți-o în cur
vulgarity         reject  pupă-mă-n cur
vulgarity         hold    curvăsărie
vulgarity         hold    cur
vulgarity         hold    curu
vulgarity         hold    curul
vulgarity         hold    în cur
vulgarity         hold    țâțe
vulgarity         hold    țâțele
vulgarity         hold    țâțoasă
vulgarity         hold    coaie
vulgarity         hold    coaiele
vulgarity         hold    labă
vulgarity         hold    trage o labă
vulgarity         hold    sloboz
vulgarity         hold    pișat
vulgarity         hold    mă piș pe
vulgarity         hold    porno
vulgarity         hold    excitată
vulgarity         hold    pulică
vulgarity         hold    fofoloancă
vulgarity         hold    poze nud
vulgarity         hold    poze cu ea goală

# --- Slurs and abuse of groups: Roma ---
identity_abuse    hold    cioară
identity_abuse    hold    ciori
identity_abuse    hold    ciorile
identity_abuse    hold    ciorilor
identity_abuse    reject  cioară împuțită
identity_abuse    reject  ciori împuțite
identity_abuse    reject  cioară de țigan
identity_abuse    reject  ciori de țigani
identity_abuse    hold    cioroi
identity_abuse    reject  cioroii
identity_abuse    reject  cioroiule
identity_abuse    hold    cioroilor
identity_abuse    reject  cioroaică
identity_abuse    reject  cioroaice
identity_abuse    hold    țigan*
identity_abuse    reject  țigan împuțit
identity_abuse    reject  țigani împuțiți
identity_abuse    reject  țiganii împuțiți
identity_abuse    reject  țigancă împuțită
identity_abuse    reject  țigani de căcat
identity_abuse    hold    țigani hoți
identity_abuse    hold    neam de țigani
identity_abuse    hold    neam de hoți

# --- Slurs and abuse of groups: Hungarians, Jews, Muslims and Arabs, Black people, South Asians ---
identity_abuse    reject  bozgor*
identity_abuse    hold    unguroi
identity_abuse    hold    afară cu ungurii
identity_abuse    reject  jidan*
identity_abuse    reject  jidov*
identity_abuse    reject  evreu împuțit
identity_abuse    reject  evrei împuțiți
identity_abuse    reject  evreii împuțiți
identity_abuse    reject  musulman împuțit
identity_abuse    reject  musulmani împuțiți
identity_abuse    reject  musulmanii împuțiți
identity_abuse    reject  arab împuțit
identity_abuse    reject  arabi împuțiți
identity_abuse    reject  futători de capre
identity_abuse    reject  futătorii de capre
identity_abuse    hold    cap de cârpă
identity_abuse    hold    capete de cârpă
identity_abuse    hold    turbanagi*
identity_abuse    hold    arăboi
identity_abuse    hold    arăbeți
identity_abuse    reject  negru împuțit
identity_abuse    reject  negri împuțiți
identity_abuse    reject  negrii împuțiți
identity_abuse    hold    negrotei
identity_abuse    hold    negroteii
identity_abuse    hold    negrilă
identity_abuse    hold    maimuțoi
identity_abuse    hold    maimuțoii
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  paki
identity_abuse    reject  pakis

# --- Slurs and abuse of groups: gay people, women, Romanian emigrants ---
identity_abuse    reject  poponar*
identity_abuse    reject  bulangi*
identity_abuse    reject  homalău
identity_abuse    reject  homalăi
identity_abuse    reject  găozar*
identity_abuse    hold    găoază
identity_abuse    hold    fătălău
identity_abuse    hold    fătălăi
identity_abuse    hold    pederast*
identity_abuse    hold    sodomiți
identity_abuse    reject  homosexuali împuțiți
identity_abuse    hold    homosexualii sunt bolnavi
identity_abuse    hold    bolnavii ăștia de homosexuali
identity_abuse    hold    feminazi*
identity_abuse    hold    căpșunar*

# --- Threats (always need a human) ---
threat            hold    te omor
threat            hold    vă omor
threat            hold    te omorâm
threat            hold    vă omorâm
threat            hold    te-aș omorî
threat            hold    să te omoare
threat            hold    te împușc
threat            hold    vă împușc
threat            hold    te împușcăm
threat            hold    te înjunghii
threat            hold    te tai
threat            hold    te spânzur
threat            hold    te ard
threat            hold    te bat măr
threat            hold    te rup în bătaie
threat            hold    te snopesc
threat            hold    te fac bucăți
threat            hold    te termin
threat            hold    te calc cu mașina
threat            hold    vă aruncăm în aer
threat            hold    îți rup picioarele
threat            hold    îți rup gâtul
threat            hold    îți rup oasele
threat            hold    îți rup mâinile
threat            hold    îți sparg capul
threat            hold    îți sparg fața
threat            hold    îți scot ochii
threat            hold    îți tai gâtul
threat            hold    îți tai beregata
threat            hold    îți tai capul
threat            hold    îi rup picioarele
threat            hold    îi sparg capul
threat            hold    îi tai gâtul
threat            hold    îi tăiem gâtul
threat            hold    vă tăiem gâtul
threat            hold    îți dau foc
threat            hold    îți dau foc la casă
threat            hold    știu unde stai
threat            hold    știm unde stai
threat            hold    știu unde locuiești
threat            hold    știm unde locuiești
threat            hold    știu unde lucrezi
threat            hold    știm unde lucrezi
threat            hold    știm unde locuiește
threat            hold    știu unde locuiește
threat            hold    știm unde stă el
threat            hold    știm unde învață copiii tăi
threat            hold    știm ce mașină ai
threat            hold    știu ce mașină ai
threat            hold    știm ce mașină are
threat            hold    știu ce mașină are
threat            hold    îți știm adresa
threat            hold    îi știm adresa
threat            hold    avem adresa ta
threat            hold    avem adresa lui
threat            hold    te găsesc eu
threat            hold    te găsim noi
threat            hold    te prind eu
threat            hold    te prindem noi
threat            hold    te așteptăm afară
threat            hold    te aștept afară
threat            hold    îl așteptăm afară
threat            hold    îl aștept afară
threat            hold    te așteptăm la colț
threat            hold    venim după tine
threat            hold    venim după voi
threat            hold    venim la tine acasă
threat            hold    îți facem o vizită
threat            hold    ești mort
threat            hold    ești un om mort
threat            hold    sunteți morți
threat            hold    o să plătești scump
threat            hold    ai să plătești scump
threat            hold    o să ți-o iei
threat            hold    o să-ți pară rău
threat            hold    o să vă pară rău
threat            hold    îți arăt eu ție
threat            hold    zilele tale sunt numărate
threat            hold    ai zilele numărate
threat            hold    meriți un glonț
threat            hold    merită un glonț
threat            hold    un glonț în cap
threat            hold    merită împușcat
threat            hold    merită spânzurat
threat            hold    trebuie spânzurat
threat            hold    trebuie spânzurați
threat            hold    trebuie împușcați
threat            hold    trebuie omorâți
threat            hold    trebuie arși
threat            hold    să-i omorâm
threat            hold    omorâți-i
threat            hold    împușcați-i
threat            hold    spânzurați-i
threat            hold    ardeți-i
threat            hold    la zid cu ei
threat            hold    la zid cu toți
threat            hold    la cuptor cu ei
threat            hold    în camerele de gazare
threat            hold    să crăpi
threat            hold    să crăpați
threat            hold    crăpa-ți-ar
threat            hold    moarte evreilor
threat            hold    moarte țiganilor
threat            hold    moarte ciorilor
threat            hold    moarte ungurilor
threat            hold    moarte musulmanilor
threat            hold    moarte arabilor
threat            hold    moarte imigranților
threat            hold    moarte străinilor
threat            hold    moarte creștinilor
threat            hold    moarte necredincioșilor
threat            hold    moarte homosexualilor
threat            hold    moarte trădătorilor
threat            hold    moarte rușilor
threat            hold    moarte israelului

# --- Promotion / spam ---
promotion         reject  vizitează profilul meu
promotion         reject  intră pe profilul meu
promotion         reject  click pe profilul meu
promotion         reject  verifică profilul meu
promotion         reject  intrați pe profilul meu
promotion         reject  vizitați profilul meu
promotion         reject  câștigă bani de acasă
promotion         reject  câștigi bani de acasă
promotion         reject  câștigați bani de acasă
promotion         reject  fă bani de acasă
promotion         reject  bani rapid de acasă
promotion         reject  cumpără acum
promotion         reject  comandă acum
promotion         reject  cod de reducere
promotion         reject  cod promoțional
promotion         reject  livrare gratuită
promotion         reject  ofertă limitată
promotion         reject  cazino online
promotion         reject  cazinou online
promotion         reject  păcănele online
promotion         reject  rotiri gratuite
promotion         reject  bonus fără depunere
promotion         reject  scrie-mi pe whatsapp
promotion         reject  scrieți-mi pe whatsapp
promotion         reject  contactează-mă pe whatsapp
promotion         reject  întâlniri fierbinți
promotion         reject  fete singure din zona ta
promotion         reject  viagra
promotion         hold    abonează-te
promotion         hold    abonați-vă
promotion         hold    abonează-te la canalul meu
promotion         hold    canalul meu
promotion         hold    scrie-mi pe privat
promotion         hold    scrie-mi în privat
promotion         hold    scrieți-mi pe privat
promotion         hold    pe privat
promotion         hold    mesaj privat
promotion         hold    dă-mi mesaj
promotion         hold    lasă-mi mesaj
promotion         hold    vând ieftin
promotion         hold    vând urgent
promotion         hold    preț negociabil
promotion         hold    prețuri mici
promotion         hold    prețuri imbatabile
promotion         hold    cele mai mici prețuri
promotion         hold    câștig garantat
promotion         hold    profit garantat
promotion         hold    venit pasiv
promotion         hold    venit suplimentar
promotion         hold    pe zi de acasă
promotion         hold    lucrează de acasă
promotion         hold    lucru de acasă
promotion         hold    muncă de acasă
promotion         hold    încearcă gratis
promotion         hold    primești gratis
promotion         hold    bitcoin
promotion         hold    criptomonede
promotion         hold    forex
promotion         hold    credit rapid
promotion         hold    împrumut rapid
promotion         hold    împrumuturi rapide
promotion         hold    pariuri sportive
promotion         hold    whatsapp
promotion         hold    telegram
promotion         hold    instagram
promotion         hold    tiktok
promotion         hold    youtube
promotion         hold    pagina de facebook
promotion         hold    pagina mea
promotion         hold    urmăriți-mă
promotion         hold    urmărește-mă
promotion         hold    dați follow
promotion         hold    dați like
promotion         hold    dați share
promotion         hold    link în bio
promotion         hold    linkul din bio
promotion         hold    site-ul meu
promotion         hold    angajăm urgent
promotion         hold    videochat
promotion         hold    matrimoniale

# --- Veiled and conditional threats (hold) ---
threat            hold    ai grijă ce vorbești
threat            hold    ai grijă ce scrii
threat            hold    ai grijă pe unde umbli
threat            hold    să ai grijă pe unde mergi
threat            hold    uită-te peste umăr
threat            hold    să te uiți peste umăr
threat            hold    ne mai vedem noi
threat            hold    ne vedem noi
threat            hold    o să vină și ziua ta
threat            hold    vine și rândul tău
threat            hold    o să te caute cineva
threat            hold    nimeni nu te poate proteja
threat            hold    nimeni nu o să te apere
threat            hold    n-o să mai dormi liniștit
threat            hold    nu o să mai dormi liniștit
threat            hold    gândește-te la copiii tăi
threat            hold    gândește-te la familia ta
threat            hold    accidentele se întâmplă
threat            hold    se poate întâmpla un accident
threat            hold    o să ți se întâmple ceva
threat            hold    o să i se întâmple ceva
threat            hold    să-ți fie frică
threat            hold    să-i fie frică
threat            hold    o să-ți ardă casa
threat            hold    casa ta o să ardă
threat            hold    foc la moschee
threat            hold    ardeți moscheea
threat            hold    să le dăm foc
threat            hold    dați-le foc
threat            hold    o lecție pe care n-o uită
threat            hold    o lecție pe care n-o s-o uiți
threat            hold    îi dăm o lecție
threat            hold    cartierul nu uită
threat            hold    știm cine ești
threat            hold    te vizităm noi
threat            hold    îl vizităm noi

# --- Group generalisations and dehumanising words (hold) ---
identity_abuse    hold    toți musulmanii sunt
identity_abuse    hold    toți țiganii sunt
identity_abuse    hold    toți romii sunt
identity_abuse    hold    toți ungurii sunt
identity_abuse    hold    toți evreii sunt
identity_abuse    hold    toți negrii sunt
identity_abuse    hold    toți arabii sunt
identity_abuse    hold    toți pakistanezii sunt
identity_abuse    hold    toți imigranții sunt
identity_abuse    hold    toți refugiații sunt
identity_abuse    hold    toți străinii sunt
identity_abuse    hold    toți homosexualii sunt
identity_abuse    hold    toți românii sunt
identity_abuse    hold    așa sunt ei toți
identity_abuse    hold    le stă în sânge
identity_abuse    hold    e în sângele lor
identity_abuse    hold    în genele lor
identity_abuse    hold    rasa asta
identity_abuse    hold    rasă inferioară
identity_abuse    hold    sunt animale
identity_abuse    hold    sunt niște animale
identity_abuse    hold    sunt bestii
identity_abuse    hold    sunt maimuțe
identity_abuse    hold    sunt niște maimuțe
identity_abuse    hold    sunt șobolani
identity_abuse    hold    sunt gândaci
identity_abuse    hold    sunt paraziți
identity_abuse    hold    subumani
identity_abuse    hold    suboameni
identity_abuse    hold    islamul e cancer
identity_abuse    hold    islamul e o boală
identity_abuse    hold    religia păcii
identity_abuse    hold    profetul pedofil
identity_abuse    hold    evreii controlează
identity_abuse    hold    evreii conduc lumea
identity_abuse    hold    evrei cămătari
identity_abuse    hold    invazia musulmană
identity_abuse    hold    invazia islamică
identity_abuse    hold    invazie de imigranți
identity_abuse    hold    marea înlocuire
identity_abuse    hold    remigrare
identity_abuse    hold    sorosist*
identity_abuse    hold    așa-ziși refugiați
identity_abuse    hold    falși refugiați
identity_abuse    hold    paraziți sociali
identity_abuse    hold    turiști sociali
identity_abuse    hold    să se întoarcă în țara lor
identity_abuse    hold    întoarceți-vă în țara voastră
identity_abuse    hold    du-te înapoi în țara ta
identity_abuse    hold    întoarce-te în țara ta
identity_abuse    hold    înapoi de unde au venit
identity_abuse    hold    înapoi în junglă
identity_abuse    hold    întoarce-te în junglă
identity_abuse    hold    înapoi în copaci
identity_abuse    hold    înapoi în deșert
identity_abuse    hold    înapoi în india
identity_abuse    hold    trimiteți-i înapoi
identity_abuse    hold    trimiteți-i pe toți înapoi
identity_abuse    hold    deportați-i pe toți
identity_abuse    hold    afară cu ei din țară
identity_abuse    hold    românia a românilor

# --- Insults with no swearword (hold) ---
personal_attack   hold    creier de găină
personal_attack   hold    creier de pasăre
personal_attack   hold    n-ai creier
personal_attack   hold    nu ai creier
personal_attack   hold    fără creier
personal_attack   hold    sărac cu duhul
personal_attack   hold    bătut în cap
personal_attack   hold    bătută în cap
personal_attack   hold    bătuți în cap
personal_attack   hold    nu ești întreg la cap
personal_attack   hold    du-te înapoi la școală
personal_attack   hold    întoarce-te la școală
personal_attack   hold    mai du-te la școală
personal_attack   hold    învață să citești
personal_attack   hold    învață să scrii
personal_attack   hold    nu înțelegi nimic
personal_attack   hold    n-ai înțeles nimic
personal_attack   hold    nu pricepi nimic
personal_attack   hold    taci din gură
personal_attack   hold    ține-ți gura
personal_attack   hold    închide-ți gura
personal_attack   hold    ține-ți fleanca
personal_attack   hold    ciocu' mic
personal_attack   hold    ești jalnic
personal_attack   hold    ești penibil
personal_attack   hold    ești un nimeni
personal_attack   hold    ești un clovn
personal_attack   hold    clovnul ăsta
personal_attack   hold    marioneta lui
personal_attack   hold    mi-e scârbă de tine
personal_attack   hold    mi-e silă de tine
personal_attack   hold    spânzură-te
personal_attack   hold    du-te și te spânzură
personal_attack   hold    omoară-te
personal_attack   hold    sinucide-te
personal_attack   hold    aruncă-te de pe bloc
personal_attack   hold    aruncă-te în fața trenului

# --- Swearwords written letter by letter (p.u.l.a) ---
profanity         reject  p u l a
profanity         reject  p i z d a
profanity         reject  m u i e
profanity         reject  f u t u
profanity         hold    c a c a t
personal_attack   reject  c u r v a
personal_attack   reject  t a r f a
personal_attack   reject  m u i s t

# --- Spellings that folding does not reach: "tz" for ț, "sh" for ș, "k" for c, words run together ---
profanity         reject  fututzi
profanity         reject  futuvă
profanity         reject  muiepsd
profanity         hold    draku
profanity         hold    kakat
identity_abuse    hold    tzigan*
threat            hold    shtiu unde stai
threat            hold    shtim unde stai

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    eu doar zic
threat            hold    doar zic
`;
