/** Kurmanji Kurdish (Latin script) abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term
# Kurmanji is typed with and without its letters (ê î û ç ş); the matcher folds accents.
# Never listed: kîr alone (folds to kir, "did"), gan (also "soul"), se (dog, too short), ker alone (donkey, common word).

# --- profanity: fuck-your-family curses (verb gan: bigim, digim) ---
profanity         reject  dêya te bigim
profanity         reject  diya te bigim
profanity         reject  dayika te bigim
profanity         reject  dayka te bigim
profanity         reject  dya te bigim
profanity         reject  xwişka te bigim
profanity         reject  xweha te bigim
profanity         reject  jina te bigim
profanity         reject  dînê te bigim
profanity         reject  dîna te bigim
profanity         reject  bavê te bigim
profanity         reject  ez ê te bigim
profanity         reject  ezê te bigim
profanity         reject  te bigim
profanity         reject  dêya te digim
profanity         reject  diya te digim
profanity         reject  ez dêya te digim
profanity         hold    bigim
profanity         hold    digim

# --- profanity: shit and others ---
profanity         reject  gû bixwe
profanity         reject  gû xwar
profanity         reject  gûxwer
profanity         reject  gûxwar
profanity         hold    gû
profanity         hold    lanet li te be
profanity         hold    lanet li we be
profanity         hold    lanet li bavê te
profanity         hold    lanet li dînê te

# --- vulgarity: sexual / obscene ---
vulgarity         reject  quz
vulgarity         reject  quzê
vulgarity         reject  quza
vulgarity         reject  quzê dêya te
vulgarity         reject  quzê diya te
vulgarity         reject  quzê xwişka te
vulgarity         reject  li kîrê min
vulgarity         reject  kîrê kerê
vulgarity         hold    kîrê min
vulgarity         hold    qûn
vulgarity         hold    qûna te
vulgarity         hold    seks
vulgarity         hold    porno

# --- personal attack: strong (reject) ---
personal_attack   reject  qehpe*
personal_attack   reject  qehbe*
personal_attack   reject  qahpe*
personal_attack   reject  qahbe*
personal_attack   reject  qehpik
personal_attack   reject  orospî*
personal_attack   reject  orispî*
personal_attack   reject  orospu*
personal_attack   reject  qewad*
personal_attack   reject  qewwad*
personal_attack   reject  pezewenk*
personal_attack   reject  heramzade*
personal_attack   reject  heramzada*
personal_attack   reject  haramzade*
personal_attack   reject  bênamûs*
personal_attack   reject  bêşeref*
personal_attack   reject  bêbavo
personal_attack   reject  kurê kûçik
personal_attack   reject  kurê kûçikan
personal_attack   reject  kurê kûçikê
personal_attack   reject  lawê kûçik
personal_attack   reject  lawê kûçikan
personal_attack   reject  kurê heram
personal_attack   reject  kurê heramê

# --- personal attack: milder or double-meaning (hold) ---
personal_attack   hold    bêbav*
personal_attack   hold    kerê
personal_attack   hold    kero
personal_attack   hold    kurê kerê
personal_attack   hold    kerê bavê te
personal_attack   hold    kûçik
personal_attack   hold    kûçikê
personal_attack   hold    kûçikno
personal_attack   hold    kûçikên
personal_attack   hold    heywan
personal_attack   hold    heywano
personal_attack   hold    heywanê
personal_attack   hold    ehmeq*
personal_attack   hold    bêaqil*
personal_attack   hold    aqilsiz
personal_attack   hold    gêj
personal_attack   hold    gêjo
personal_attack   hold    ebleh
personal_attack   hold    bêxîret*
personal_attack   hold    bêwijdan*
personal_attack   hold    bêexlaq*
personal_attack   hold    bêrûmet*
personal_attack   hold    xayîn
personal_attack   hold    xayîno
personal_attack   hold    xayînê
personal_attack   hold    xayînan
personal_attack   hold    xwefiroş*
personal_attack   hold    fahîşe*
personal_attack   hold    xwedê te bikuje
personal_attack   hold    xwedê te biqelîne
personal_attack   hold    tu bimirî
personal_attack   hold    bimre
personal_attack   hold    bimrin
personal_attack   hold    devê xwe bigire

# --- identity abuse: slurs (reject) ---
identity_abuse    reject  qûnde*
identity_abuse    reject  qûnek
identity_abuse    reject  erebê pîs
identity_abuse    reject  erebên pîs
identity_abuse    reject  ereba pîs
identity_abuse    reject  tirkê pîs
identity_abuse    reject  tirkên pîs
identity_abuse    reject  kurdê pîs
identity_abuse    reject  kurdên pîs
identity_abuse    reject  cihûyê pîs
identity_abuse    reject  cihûyên pîs
identity_abuse    reject  êzîdiyê pîs
identity_abuse    reject  êzîdiyên pîs
identity_abuse    reject  filehê pîs
identity_abuse    reject  filehên pîs
identity_abuse    reject  suriyeyiyên pîs
identity_abuse    reject  penaberên pîs
identity_abuse    reject  mişextên pîs

# --- identity abuse: coded or context-dependent (hold) ---
identity_abuse    hold    hîz
identity_abuse    hold    hîzê
identity_abuse    hold    lûtî
identity_abuse    hold    caş
identity_abuse    hold    caşê
identity_abuse    hold    caşên
identity_abuse    hold    caşno
identity_abuse    hold    cehş
identity_abuse    hold    cehşên
identity_abuse    hold    kafir
identity_abuse    hold    kafiran
identity_abuse    hold    gawir
identity_abuse    hold    gawiran
identity_abuse    hold    şeytanperest*

# --- threats (hold) ---
threat            hold    ez ê te bikujim
threat            hold    ezê te bikujim
threat            hold    ez dê te kujim
threat            hold    ez te dikujim
threat            hold    ez ê we bikujim
threat            hold    em ê te bikujin
threat            hold    emê te bikujin
threat            hold    em ê we bikujin
threat            hold    emê we bikujin
threat            hold    em ê we hemûyan bikujin
threat            hold    hemûyan bikujin
threat            hold    ez ê serê te jê bikim
threat            hold    ezê serê te jêkim
threat            hold    serê te jê dikim
threat            hold    ez ê te perçe bikim
threat            hold    ez ê te bişewitînim
threat            hold    ez ê mala te bişewitînim
threat            hold    em ê mala te bişewitînin
threat            hold    ez ê xwîna te birijînim
threat            hold    em dizanin tu li ku dimînî
threat            hold    em dizanin tu li ku dijî
threat            hold    em dizanin mala te li ku ye
threat            hold    ez dizanim mala te li ku ye
threat            hold    tu yê bedela wê bidî
threat            hold    tu yê bedelê bidî
threat            hold    tu yê heqê wê bidî
threat            hold    tu yê poşman bibî
threat            hold    hay ji xwe hebe
threat            hold    mirin ji kurdan re
threat            hold    mirin ji tirkan re
threat            hold    mirin ji ereban re
threat            hold    mirin ji cihûyan re
threat            hold    mirin ji êzîdiyan re

# --- promotion ---
promotion         hold    belaş
promotion         hold    bi belaş
promotion         hold    erzanî
promotion         hold    niha bikire
promotion         hold    bikire niha
promotion         hold    pere qezenc bike
promotion         hold    ji malê pere qezenc bike
promotion         hold    ji malê kar bike
promotion         hold    li profîla min binêre
promotion         hold    profîla min
promotion         hold    li lînkê bitikîne
promotion         hold    lînkê bitikîne
promotion         hold    li ser whatsappê
promotion         hold    bi whatsappê
promotion         hold    whatsapp bike

# --- second pass: veiled and conditional threats (hold) ---
threat            hold    em dizanin ew li ku dimîne
threat            hold    em dizanin ew li ku dijî
threat            hold    em dizanin ew li ku dixebite
threat            hold    em dizanin tu li ku dixebitî
threat            hold    em dizanin hûn li ku dimînin
threat            hold    ez dizanim tu li ku dimînî
threat            hold    ez dizanim tu li ku dijî
threat            hold    em dizanin mala wî li ku ye
threat            hold    em dizanin mala wê li ku ye
threat            hold    em mala te dizanin
threat            hold    em mala wî dizanin
threat            hold    em navnîşana te dizanin
threat            hold    em erebeya te dizanin
threat            hold    em erebeya wî dizanin
threat            hold    em mizgefta wî dizanin
threat            hold    em ofîsa we dizanin
threat            hold    roja te jî wê were
threat            hold    roja te jî tê
threat            hold    roja te nêzîk e
threat            hold    roja wî jî wê were
threat            hold    roja wan jî wê were
threat            hold    ew ê bedelê bide
threat            hold    ew ê heqê wê bide
threat            hold    ew ê bedela wê bide
threat            hold    hûn ê bedelê bidin
threat            hold    bila hay ji xwe hebe
threat            hold    bila hay ji xwe hebin
threat            hold    hay ji xwe hebin
threat            hold    bila şevê bi tenê neçe mal
threat            hold    em ê li benda te bin
threat            hold    em ê li benda wî bin
threat            hold    em ê li hêviya te bin
threat            hold    li derve li benda te ne
threat            hold    piştî maçê li benda te ne
threat            hold    tiştek wê bê serê te
threat            hold    tiştek wê were serê te
threat            hold    tiştek wê bê serê wî
threat            hold    yên wek wî winda dibin
threat            hold    tu yê sibê nebînî
threat            hold    ew ê sibê nebîne
threat            hold    em ê mala wî bişewitînin
threat            hold    em ê avahiyê bişewitînin
threat            hold    em ê ofîsa we bişewitînin
threat            hold    em ê erebeya te bişewitînin
threat            hold    em ê we bişewitînin
threat            hold    mala te wê bişewite
threat            hold    kes nikare te biparêze
threat            hold    kes nikare wî biparêze
threat            hold    tu yê bi rihetî ranezê
threat            hold    ez ê serê te bişkînim
threat            hold    ez ê devê te bişkînim
threat            hold    ez ê rûyê te bişkînim
threat            hold    ez ê devê wî bişkînim
threat            hold    em ê werin mala te
threat            hold    em ê serdana mala te bikin

# --- second pass: group generalisations and dehumanising words (hold) ---
identity_abuse    hold    hemû ereb wisa ne
identity_abuse    hold    hemû tirk wisa ne
identity_abuse    hold    hemû kurd wisa ne
identity_abuse    hold    ev cure mirov
identity_abuse    hold    ev nijad
identity_abuse    hold    ew nijad
identity_abuse    hold    di xwîna wan de
identity_abuse    hold    di xwîna wan de heye
identity_abuse    hold    ji xwezaya xwe
identity_abuse    hold    wek heywanan
identity_abuse    hold    mîna heywanan
identity_abuse    hold    wek kûçikan
identity_abuse    hold    wek mişkan
identity_abuse    hold    wek meymûnan
identity_abuse    hold    meymûn in
identity_abuse    hold    heywan in
identity_abuse    hold    parazît*
identity_abuse    hold    vegere welatê xwe
identity_abuse    hold    herin welatê xwe
identity_abuse    hold    vegerin welatê xwe
identity_abuse    hold    bişînin welatê wan
identity_abuse    hold    hemûyan bişînin

# --- second pass: insults with no swearword (hold) ---
personal_attack   hold    mejiyê mirîşkê
personal_attack   hold    mejiyê çûkê
personal_attack   hold    serê te vala ye
personal_attack   hold    tu tiştî fêm nakî
personal_attack   hold    tu ji tiştekî fêm nakî
personal_attack   hold    tu tiştekî nizanî
personal_attack   hold    here dibistanê
personal_attack   hold    vegere dibistanê
personal_attack   hold    bêkêr*
personal_attack   hold    qeşmer*
personal_attack   hold    derewker*
personal_attack   hold    tu derewkerî
personal_attack   hold    devê xwe bigirin
personal_attack   hold    devê xwe bigre
personal_attack   hold    bêdeng be

# --- second pass: sexual slang ---
profanity         reject  dêya te bigêm
profanity         reject  diya te bigêm
profanity         reject  xwişka te bigêm
profanity         reject  ez ê te bigêm
profanity         hold    bigêm
profanity         hold    digêm
vulgarity         hold    ez ê te bikim
vulgarity         hold    kîrê min bixwe
vulgarity         hold    kîr bixwe
vulgarity         hold    qûna wê

# --- second pass: promotion (hold) ---
promotion         hold    instagram*
promotion         hold    insta
promotion         hold    whatsapp
promotion         hold    wetsap*
promotion         hold    telegram*
promotion         hold    tiktok*
promotion         hold    snapchat*
promotion         hold    youtube*
promotion         hold    rûpela min
promotion         hold    rûpela me
promotion         hold    min bişopînin
promotion         hold    rûpelê bişopînin
promotion         hold    lînk di bio de
promotion         hold    ji min re binivîse
promotion         hold    ji min re binivîsin
promotion         hold    bi min re têkilî daynin
promotion         hold    têkilî bi min re
promotion         hold    bihayên erzan
promotion         hold    bihayê erzan
promotion         hold    ji malê pere
# --- third pass
# coded slurs: collaborators, lackeys, Dom/Roma, Yezidis, women, gay men
identity_abuse    hold    nokerê tirkan
identity_abuse    hold    nokerê dewletê
identity_abuse    hold    nokerê ereban
identity_abuse    hold    nokerê dagirkeran
identity_abuse    hold    nokerên tirkan
identity_abuse    hold    nokerên dewletê
identity_abuse    hold    noker*
identity_abuse    hold    xulamê tirkan
identity_abuse    hold    xulamê ereban
identity_abuse    hold    koleyê tirkan
identity_abuse    hold    kolên tirkan
identity_abuse    hold    ajanê mît
identity_abuse    hold    tu caşî
identity_abuse    hold    caşê tirkan
identity_abuse    hold    tu daîşî yî
identity_abuse    hold    daîşiyê pîs
identity_abuse    hold    mirtib
identity_abuse    hold    mitrib
identity_abuse    hold    qereçiyên pîs
identity_abuse    hold    tirkê qirêj
identity_abuse    hold    tirkên qirêj
identity_abuse    hold    erebê qirêj
identity_abuse    hold    erebên qirêj
identity_abuse    hold    kurdê qirêj
identity_abuse    hold    farisên qirêj
identity_abuse    hold    cihûyên qirêj
identity_abuse    hold    erebên çolê
identity_abuse    hold    şivanê deveyan
identity_abuse    hold    jin kêmaqil in
identity_abuse    hold    jin nezan in
identity_abuse    hold    here mitbaxê
identity_abuse    hold    here metbexê
identity_abuse    hold    wek meymûnê
identity_abuse    hold    wek berazan
identity_abuse    hold    wek berazê
identity_abuse    hold    wek mişkê
identity_abuse    hold    berazê pîs
# insults without a swearword
personal_attack   hold    mejiyê te tune
personal_attack   hold    mejiyê te nîne
personal_attack   hold    mejiyê wî tune
personal_attack   hold    bê mejî
personal_attack   hold    bêmejî
personal_attack   hold    serê vala
personal_attack   hold    gûza vala
personal_attack   hold    gûz a vala
personal_attack   hold    serê kundir
personal_attack   hold    kundiro
personal_attack   hold    tu kerî
personal_attack   hold    tu kerekî
personal_attack   hold    tu heywanî
personal_attack   hold    tu gêjî
personal_attack   hold    tu dînî
personal_attack   hold    dînê gund
personal_attack   hold    dînê gundê
personal_attack   hold    tu palyaçoyî
personal_attack   hold    palyaço*
personal_attack   hold    kukla*
personal_attack   hold    bûkika tirkan
personal_attack   hold    tirsonek*
personal_attack   hold    tirsok
personal_attack   hold    tu tirsonekî
personal_attack   hold    tu ne hêjayî
personal_attack   hold    ne hêjayî hewa
personal_attack   hold    nezano
personal_attack   hold    tu nezanî
personal_attack   hold    bêfêm*
personal_attack   hold    bêxêr*
personal_attack   hold    bêqîmet*
personal_attack   hold    derewîn*
personal_attack   hold    xwînmij*
personal_attack   hold    zimanê xwe bigire
personal_attack   hold    here xwendina xwe biqedîne
personal_attack   hold    here fala xwe binêre
personal_attack   hold    tu tiştî nizanî
personal_attack   hold    kerê gund
# veiled threats
threat            hold    em ê hev bibînin
threat            hold    emê hev bibînin
threat            hold    em ê hevdu bibînin
threat            hold    emê hevdu bibînin
threat            hold    em ê te bibînin
threat            hold    emê te bibînin
threat            hold    kêfa xwe bike heta
threat            hold    niha kêfa xwe bike
threat            hold    bila bitirse
threat            hold    divê bitirse
threat            hold    bila bitirsin
threat            hold    bi tenê li wir nemeşe
threat            hold    bi tenê nemeşe
threat            hold    bi tenê neçe
threat            hold    qeza çêdibin
threat            hold    qeza dibin
threat            hold    dibe ku qezayek bibe
threat            hold    em ê bi wî re biaxivin
threat            hold    em ê hinek bi wî re biaxivin
threat            hold    em ê bi te re biaxivin
threat            hold    emê bi te re biaxivin
threat            hold    tax ji bîr nake
threat            hold    gund ji bîr nake
threat            hold    wê encamên wê hebin
threat            hold    ew ê encaman bibîne
threat            hold    dersekê bidin wî
threat            hold    dersekê bidin te
threat            hold    dersek ku ji bîr neke
threat            hold    agir berdin malê
threat            hold    agir berdin mala wî
threat            hold    agir berdin mizgeftê
threat            hold    agir berdin kampê
threat            hold    agir berdin ofîsê
threat            hold    em kolana te dizanin
threat            hold    em kolana wî dizanin
threat            hold    hejmara mala te dizanin
threat            hold    hejmara mala wî dizanin
threat            hold    li kîjan kolanê dimînî
threat            hold    em zarokên te dizanin
threat            hold    silavan li malbata xwe bike
# sexual and profane slang, conjugated and masked
profanity         reject  dêya te bigin
profanity         reject  diya te bigin
profanity         reject  dêya we bigim
profanity         reject  diya we bigim
profanity         reject  dê te bigim
profanity         reject  dia te bigim
profanity         reject  diya te bgm
profanity         reject  dêya te bgm
profanity         hold    bgm
profanity         hold    bigin
profanity         hold    gan bide
profanity         hold    gandin
profanity         hold    gû li serê te
profanity         hold    gû li devê te
vulgarity         reject  qûna dêya te
vulgarity         reject  qûna diya te
vulgarity         reject  quzik
vulgarity         hold    kîro
# single letters (dotted masks)
profanity         reject  q u z
profanity         reject  q e h p e
profanity         reject  q e h b e
profanity         reject  b i g i m
profanity         reject  q û n d e
profanity         reject  q e w a d
profanity         reject  o r o s p î
profanity         reject  h e r a m z a d e
profanity         reject  b ê ş e r e f
profanity         reject  p e z e w e n k

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    bişewitînin
threat            hold    em ê bişewitînin
`;
