/** Dutch abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term

# --- Disease curses (kanker, tyfus, tering, klere): the bare word is also the illness, so hold ---
profanity         hold    kanker
profanity         hold    kkr
profanity         hold    tyfus
profanity         hold    tering
profanity         hold    klere
profanity         reject  krijg de kanker
profanity         reject  krijg kanker
profanity         reject  krijg de tyfus
profanity         reject  krijg de tering
profanity         reject  krijg de klere
profanity         reject  kankerzooi
profanity         reject  tyfuszooi
profanity         reject  teringzooi

# --- Other swearwords ---
profanity         reject  fuck*
profanity         reject  motherfucker*
profanity         hold    godverdomme
profanity         hold    godverdomse
profanity         hold    godskolere
profanity         hold    godver
profanity         hold    gvd
profanity         hold    verdomme
profanity         hold    kut
profanity         hold    kutzooi
profanity         hold    kutding*
profanity         hold    kutweer
profanity         hold    kutleven
profanity         hold    kutwerk
profanity         hold    kutbaan
profanity         hold    kutidee
profanity         hold    kutland
profanity         hold    kutstad
profanity         hold    kutgemeente
profanity         hold    kutregering
profanity         hold    kutjoch*
profanity         hold    klote
profanity         hold    shit
profanity         hold    stront
profanity         hold    rot op
profanity         hold    optiefen
profanity         hold    sodemieter op
profanity         reject  flikker op
profanity         reject  hou je kankerbek
profanity         hold    hou je bek
profanity         hold    houd je bek
profanity         hold    bek dicht

# --- Insults to a person: strong (reject) ---
personal_attack   reject  kankerlijer*
personal_attack   reject  kankerhoer*
personal_attack   reject  kankermongool*
personal_attack   reject  kankerwijf
personal_attack   reject  kankeraap*
personal_attack   reject  kankerflikker*
personal_attack   reject  tyfuslijer*
personal_attack   reject  tyfushoer*
personal_attack   reject  teringlijer*
personal_attack   reject  teringhoer*
personal_attack   reject  klerelijer*
personal_attack   reject  pleurislijer*
personal_attack   reject  klootzak*
personal_attack   reject  rotzak*
personal_attack   reject  hoer
personal_attack   reject  hoeren
personal_attack   reject  hoertje
personal_attack   reject  hoerenzoon*
personal_attack   reject  hoerezoon*
personal_attack   reject  hoerenjong*
personal_attack   reject  slet
personal_attack   reject  sletten
personal_attack   reject  sletje
personal_attack   reject  kutwijf*
personal_attack   reject  kutkop*
personal_attack   reject  kuthoer
personal_attack   reject  klotewijf
personal_attack   reject  vuile hoer
personal_attack   reject  vuile slet
personal_attack   reject  vieze hoer
personal_attack   reject  bitch*
personal_attack   reject  stuk stront
personal_attack   hold    stuk vreten
personal_attack   hold    vuile rat
personal_attack   hold    smerige rat

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idioot
personal_attack   hold    idioten
personal_attack   hold    debiel
personal_attack   hold    debielen
personal_attack   hold    sukkel
personal_attack   hold    sukkels
personal_attack   hold    eikel
personal_attack   hold    eikels
personal_attack   hold    lul
personal_attack   hold    lullo
personal_attack   hold    hufter*
personal_attack   hold    etter
personal_attack   hold    mongool
personal_attack   hold    mongolen
personal_attack   hold    achterlijk
personal_attack   hold    achterlijke
personal_attack   hold    gestoord
personal_attack   hold    gestoorde
personal_attack   hold    randdebiel
personal_attack   hold    halve gare
personal_attack   hold    dombo
personal_attack   hold    oen
personal_attack   hold    trut
personal_attack   hold    trutten
personal_attack   hold    teef
personal_attack   hold    kech
personal_attack   hold    sloerie
personal_attack   hold    schoft*
personal_attack   hold    tuig
personal_attack   hold    uitschot
personal_attack   hold    ongedierte
personal_attack   hold    parasieten
personal_attack   hold    landverrader*
personal_attack   hold    volksverrader*
personal_attack   hold    pedo
personal_attack   hold    pedofiel
personal_attack   hold    kinderverkrachter*

# --- Sexual / obscene ---
vulgarity         reject  neuk*
vulgarity         reject  geneukt
vulgarity         reject  pijpbek*
vulgarity         reject  pijpslet*
vulgarity         hold    lekker wijf
vulgarity         reject  kutje
vulgarity         reject  beffen
vulgarity         hold    pik
vulgarity         hold    piemel
vulgarity         hold    tieten
vulgarity         hold    pijpen
vulgarity         hold    reet
vulgarity         hold    kont
vulgarity         hold    porno
vulgarity         hold    sperma
vulgarity         hold    naaien

# --- Slurs and abuse of groups ---
identity_abuse    reject  nikker*
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  zandneger*
identity_abuse    reject  geitenneuker*
identity_abuse    reject  kutmarokkaan*
identity_abuse    reject  kutmarokkanen
identity_abuse    reject  kutturk*
identity_abuse    reject  kutturken
identity_abuse    reject  kankermarokkaan*
identity_abuse    reject  kankerturk*
identity_abuse    reject  kankerjood
identity_abuse    reject  kankerjoden
identity_abuse    reject  jodenhoer
identity_abuse    reject  vuile jood
identity_abuse    reject  vuile joden
identity_abuse    reject  vuile moslim
identity_abuse    reject  vuile moslims
identity_abuse    reject  vuile marokkaan
identity_abuse    reject  vuile marokkanen
identity_abuse    reject  vuile turk
identity_abuse    reject  vuile turken
identity_abuse    reject  vuile koerd
identity_abuse    reject  vuile koerden
identity_abuse    reject  vuile arabier
identity_abuse    reject  vuile arabieren
identity_abuse    reject  vuile zigeuner
identity_abuse    reject  vuile christen
identity_abuse    reject  vuile flikker
identity_abuse    reject  woestijnrat*
identity_abuse    reject  woestijnaap*
identity_abuse    reject  baardaap*
identity_abuse    reject  makakken
identity_abuse    hold    apenland
identity_abuse    hold    flikker
identity_abuse    reject  flikkers
identity_abuse    reject  vuile homo
identity_abuse    reject  kankerhomo*
identity_abuse    hold    neger
identity_abuse    hold    negers
identity_abuse    hold    negerin
identity_abuse    hold    makak
identity_abuse    hold    bruinkop*
identity_abuse    hold    kakkerlak*
identity_abuse    reject  zwartjoekel*
identity_abuse    reject  roetmop*
identity_abuse    reject  spleetoog*
identity_abuse    hold    zigeuner*
identity_abuse    hold    tatta*
identity_abuse    hold    kaaskop*
identity_abuse    hold    mietje
identity_abuse    hold    flikkeren
identity_abuse    hold    gelukszoeker*
identity_abuse    hold    asielzoekertuig
identity_abuse    hold    omvolking
identity_abuse    hold    remigratie
identity_abuse    hold    grote vervanging
identity_abuse    hold    omvolkers
identity_abuse    hold    feminazi*
identity_abuse    hold    linkse ratten
identity_abuse    hold    ga terug naar je eigen land
identity_abuse    hold    rot op naar je eigen land
identity_abuse    hold    terug naar je land
identity_abuse    hold    nederland aan de nederlanders

# --- Threats (always need a human) ---
threat            hold    ik maak je dood
threat            hold    ik maak jullie dood
threat            hold    we maken je dood
threat            hold    ik vermoord je
threat            hold    ik ga je vermoorden
threat            hold    wij vermoorden je
threat            hold    ik steek je neer
threat            hold    ik steek je ogen uit
threat            hold    ik sla je kapot
threat            hold    ik sla je hersens in
threat            hold    ik schiet je neer
threat            hold    kogel door je kop
threat            hold    kogel door je hoofd
threat            hold    ik kom je halen
threat            hold    we komen je halen
threat            hold    we weten waar je woont
threat            hold    ik weet waar je woont
threat            hold    wij weten waar je woont
threat            hold    dat ga je bezuren
threat            hold    dat zal je bezuren
threat            hold    je gaat eraan
threat            hold    jullie gaan eraan
threat            hold    je bent dood
threat            hold    je bent er geweest
threat            hold    pas maar op
threat            hold    kijk maar uit
threat            hold    val dood
threat            hold    vallen jullie maar dood
threat            hold    moeten allemaal dood
threat            hold    allemaal afmaken
threat            hold    tegen de muur zetten
threat            hold    ophangen aan een lantaarnpaal
threat            hold    aan de lantaarnpaal
threat            hold    dood aan de joden
threat            hold    dood aan de moslims
threat            hold    dood aan de arabieren
threat            hold    dood aan de koerden
threat            hold    dood aan de turken
threat            hold    dood aan de christenen
threat            hold    dood aan de ongelovigen
threat            hold    dood aan de verraders
threat            hold    dood aan israël

# --- Promotion / spam ---
promotion         reject  klik op mijn profiel
promotion         reject  bezoek mijn profiel
promotion         reject  bekijk mijn profiel
promotion         reject  thuis geld verdienen
promotion         reject  geld verdienen vanuit huis
promotion         reject  snel geld verdienen
promotion         reject  werken vanuit huis
promotion         reject  koop nu
promotion         reject  bestel nu
promotion         reject  kortingscode
promotion         reject  gratis verzending
promotion         reject  online casino
promotion         reject  geile singles
promotion         reject  sexdate*
promotion         reject  stuur me een whatsapp
promotion         reject  app me op whatsapp
promotion         reject  viagra
promotion         hold    whatsapp
promotion         hold    klik hier
promotion         hold    gratis
promotion         hold    korting
promotion         hold    aanbieding
promotion         hold    passief inkomen
promotion         hold    bijverdienste
promotion         hold    euro per dag
promotion         hold    bitcoin
promotion         hold    sportweddenschappen
promotion         hold    snelle lening
promotion         hold    schrijf je in
promotion         hold    abonneer

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    we weten waar hij woont
threat            hold    we weten waar ze woont
threat            hold    we weten waar jullie wonen
threat            hold    we weten waar ze wonen
threat            hold    wij weten waar hij woont
threat            hold    ik weet waar hij woont
threat            hold    ik weet waar ze woont
threat            hold    we weten waar je werkt
threat            hold    we weten waar hij werkt
threat            hold    ik weet waar je werkt
threat            hold    we weten waar je parkeert
threat            hold    we weten waar je auto staat
threat            hold    we kennen je adres
threat            hold    we hebben je adres
threat            hold    we kennen zijn adres
threat            hold    we kennen je huis
threat            hold    we kennen zijn huis
threat            hold    we kennen je auto
threat            hold    we kennen zijn moskee
threat            hold    we kennen je familie
threat            hold    we vinden je wel
threat            hold    we pakken je
threat            hold    we pakken hem
threat            hold    je dag komt nog
threat            hold    zijn dag komt nog
threat            hold    jouw dag komt nog
threat            hold    je tijd komt nog
threat            hold    je dagen zijn geteld
threat            hold    zijn dagen zijn geteld
threat            hold    dat gaat hij bezuren
threat            hold    dat zullen ze bezuren
threat            hold    hij gaat betalen
threat            hold    hij gaat ervoor betalen
threat            hold    ze gaan ervoor betalen
threat            hold    je gaat ervoor betalen
threat            hold    hij kan maar beter oppassen
threat            hold    je kan maar beter oppassen
threat            hold    je kunt maar beter oppassen
threat            hold    als je alleen naar huis
threat            hold    als hij alleen naar huis
threat            hold    we wachten op je
threat            hold    we wachten op hem
threat            hold    we staan je op te wachten
threat            hold    we wachten je op
threat            hold    we wachten hem op
threat            hold    mensen zoals jij verdwijnen
threat            hold    mensen zoals hij verdwijnen
threat            hold    mensen als jij verdwijnen
threat            hold    types als jij verdwijnen
threat            hold    dat ga je niet meemaken
threat            hold    dat gaat hij niet meemaken
threat            hold    er gaat je iets overkomen
threat            hold    er gaat hem iets overkomen
threat            hold    er zal je iets overkomen
threat            hold    een ongeluk zit in een klein hoekje
threat            hold    je huis gaat branden
threat            hold    zijn huis gaat branden
threat            hold    de moskee gaat branden
threat            hold    we steken het in brand
threat            hold    in de fik steken
threat            hold    we komen langs
threat            hold    we komen je opzoeken
threat            hold    we komen bij je thuis
threat            hold    een bezoekje brengen
threat            hold    niemand zal je beschermen
threat            hold    niemand gaat je beschermen
threat            hold    niemand kan je beschermen
threat            hold    je zult niet meer rustig slapen
threat            hold    ik sla je kop in
threat            hold    ik sla zijn kop in
threat            hold    ik sla je tanden uit
threat            hold    ik sla je verrot
threat            hold    hij verdient een kogel
# second pass: group generalisations and dehumanising words
identity_abuse    hold    alle moslims zijn
identity_abuse    hold    alle marokkanen zijn
identity_abuse    hold    alle turken zijn
identity_abuse    hold    alle arabieren zijn
identity_abuse    hold    alle koerden zijn
identity_abuse    hold    alle joden zijn
identity_abuse    hold    alle buitenlanders zijn
identity_abuse    hold    alle asielzoekers zijn
identity_abuse    hold    die wilden
identity_abuse    hold    dat soort volk
identity_abuse    hold    dat ras
identity_abuse    hold    zit in hun bloed
identity_abuse    hold    in hun genen
identity_abuse    hold    zijn dieren
identity_abuse    hold    het zijn beesten
identity_abuse    hold    die beesten
identity_abuse    hold    zijn ratten
identity_abuse    hold    die ratten
identity_abuse    hold    zijn apen
identity_abuse    hold    stuur ze allemaal terug
identity_abuse    hold    allemaal terugsturen
identity_abuse    hold    oprotten naar je land
identity_abuse    hold    pleur op naar je land
identity_abuse    hold    zogenaamde vluchtelingen
identity_abuse    hold    nepvluchtelingen
# second pass: insults with no swearword
personal_attack   hold    kippenhersens
personal_attack   hold    garnalenbrein
personal_attack   hold    mussenbrein
personal_attack   hold    ga terug naar school
personal_attack   hold    je snapt er niks van
personal_attack   hold    jij snapt er niks van
personal_attack   hold    je begrijpt er niks van
personal_attack   hold    je bent nutteloos
personal_attack   hold    nietsnut*
personal_attack   hold    clown
personal_attack   hold    lapzwans
personal_attack   hold    leugenaar*
personal_attack   hold    jij parasiet
personal_attack   hold    hou je mond
personal_attack   hold    houd je mond
personal_attack   hold    hou je kop
personal_attack   hold    hou je smoel
personal_attack   hold    mafkees
personal_attack   hold    kneus
personal_attack   hold    onbenul
# second pass: sexual verbs and crude phrases
vulgarity         hold    rampetampen
vulgarity         hold    klaarkomen
vulgarity         hold    afrukken
vulgarity         hold    geile meid
vulgarity         hold    geil wijf
vulgarity         hold    lekker ding
vulgarity         hold    tietjes
vulgarity         hold    gangbang
vulgarity         hold    triootje
vulgarity         hold    nudes
vulgarity         hold    naaktfoto*
vulgarity         hold    pijpbeurt
vulgarity         hold    vingeren
vulgarity         hold    kontneuken
# second pass: promotion
promotion         hold    instagram
promotion         hold    mijn insta
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    volg mijn kanaal
promotion         hold    facebook pagina
promotion         hold    volg mij
promotion         hold    link in bio
promotion         hold    stuur me een dm
promotion         hold    stuur me een pb
promotion         hold    app me
promotion         hold    vanuit huis
promotion         hold    lage prijzen
promotion         hold    scherpe prijzen

# --- third pass: coded slurs, insults without swearwords, veiled threats, sexual slang and masked forms ---
# third pass: coded slurs and dog whistles
identity_abuse    hold    gelukzoekers
identity_abuse    hold    asielshoppers
identity_abuse    hold    asieltoeristen
identity_abuse    hold    fortuinzoeker*
identity_abuse    reject  dadelpikker*
identity_abuse    hold    tapijtpiloot*
identity_abuse    hold    tapijtkruiper*
identity_abuse    reject  kameeldrijver*
identity_abuse    reject  kameelneuker*
identity_abuse    hold    bananenvreter*
identity_abuse    reject  bosneger*
identity_abuse    hold    jodenstreek
identity_abuse    hold    dat tuig
identity_abuse    hold    straattuig
identity_abuse    hold    tokkie*
identity_abuse    reject  zigeunertuig
identity_abuse    hold    omvolking*
identity_abuse    hold    deugmens*
identity_abuse    hold    deugers
identity_abuse    hold    uitvreter*
identity_abuse    hold    terug naar je woestijn
identity_abuse    hold    terug naar de jungle
identity_abuse    hold    het zijn apen
identity_abuse    hold    stelletje apen
identity_abuse    hold    stelletje geitenneukers
# third pass: insults with no swearword
personal_attack   hold    mussenbrein*
personal_attack   hold    kippenbrein*
personal_attack   hold    garnalenbrein*
personal_attack   hold    ga eerst naar school
personal_attack   hold    terug naar de basisschool
personal_attack   hold    lees je horoscoop
personal_attack   hold    horoscopen lezen
personal_attack   hold    leeghoofd*
personal_attack   hold    niet de lucht waard
personal_attack   hold    de zuurstof niet waard
personal_attack   hold    zonde van de zuurstof
personal_attack   hold    dorpsidioot*
personal_attack   hold    dorpsgek*
personal_attack   hold    wat een clown
personal_attack   hold    je bent een clown
personal_attack   hold    pipo
personal_attack   hold    lafaard*
personal_attack   hold    lafbek*
personal_attack   hold    marionet*
personal_attack   hold    stropop
personal_attack   hold    schoothondje
personal_attack   hold    hielenlikker*
personal_attack   hold    slijmbal*
personal_attack   hold    randdebiel*
personal_attack   hold    zwakzinnig*
personal_attack   hold    halve zool
personal_attack   hold    malloot
personal_attack   hold    sufferd*
personal_attack   hold    domkop*
personal_attack   hold    jij oen
personal_attack   hold    druiloor
personal_attack   hold    lulhannes
personal_attack   hold    zeikerd
personal_attack   hold    analfabeet
personal_attack   hold    leer eerst lezen
personal_attack   hold    leer eerst spellen
personal_attack   hold    hang jezelf op
personal_attack   hold    ga jezelf ophangen
personal_attack   hold    spring voor de trein
# third pass: veiled threats
threat            hold    in welke straat je woont
threat            hold    in welke straat hij woont
threat            hold    hij woont in de
threat            hold    je woont in de
threat            hold    jouw huisnummer
threat            hold    zijn huisnummer
threat            hold    we zien elkaar nog
threat            hold    we zien elkaar wel
threat            hold    ik zie je nog wel
threat            hold    geniet ervan zolang het kan
threat            hold    geniet er maar van
threat            hold    zolang het nog kan
threat            hold    hij moet bang zijn
threat            hold    hij mag wel bang zijn
threat            hold    je mag wel oppassen
threat            hold    ik zou daar niet alleen
threat            hold    niet alleen over straat
threat            hold    ongelukken gebeuren
threat            hold    een ongelukje
threat            hold    met hem gaan praten
threat            hold    een gesprekje met hem
threat            hold    een hartig woordje
threat            hold    de buurt vergeet niet
threat            hold    de wijk vergeet niet
threat            hold    wij vergeten niks
threat            hold    dat gaat gevolgen hebben
threat            hold    dat zal gevolgen hebben
threat            hold    een lesje leren
threat            hold    een lesje dat hij niet vergeet
threat            hold    een les die hij niet vergeet
threat            hold    in de fik
threat            hold    fik erin
threat            hold    azc in brand
threat            hold    moskee in brand
threat            hold    vuurwerk door de brievenbus
threat            hold    door je brievenbus
threat            hold    we krijgen je nog
threat            hold    denk aan je kinderen
threat            hold    denk aan je gezin
threat            hold    daar krijg je spijt van
# third pass: sexual slang, conjugated and masked forms
vulgarity         hold    pijpt
vulgarity         hold    gepijpt
vulgarity         hold    ik naai je
vulgarity         hold    rukker*
vulgarity         hold    zit te rukken
# third pass: swearwords written letter by letter (k.a.n.k.e.r)
profanity         hold    k a n k e r
profanity         hold    k u t
profanity         hold    t e r i n g
profanity         hold    t y f u s
personal_attack   reject  h o e r
personal_attack   reject  k u t w i j f
personal_attack   reject  k l o o t z a k
personal_attack   hold    l u l
vulgarity         reject  n e u k e n
personal_attack   reject  s l e t
personal_attack   hold    m o n g o o l
identity_abuse    reject  f l i k k e r

# --- Calls to kill, hang or shoot (infinitives and wishes; reporting uses the past participle): hold ---
threat            hold    ophangen
threat            hold    afknallen
threat            hold    neerschieten
threat            hold    doodschieten
threat            hold    vergassen
threat            hold    afmaken

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
threat            hold    weten waar
threat            hold    weet waar je woont
identity_abuse    hold    allemaal criminelen

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    een bezoekje
threat            hold    nooit meer rustig slapen
threat            hold    ik waarschuw maar
profanity         reject  kutpartij*
identity_abuse    hold    mensen met zo'n naam
`;
