/** German abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term

# --- Swearwords, spelling variants and abbreviations ---
profanity         reject  fick dich
profanity         reject  fickt euch
profanity         reject  fick deine mutter
profanity         reject  ficken
profanity         reject  fick
profanity         reject  ficker*
profanity         reject  verfickt*
profanity         reject  gefickt
profanity         reject  hurensohn*
profanity         reject  hurensöhne
profanity         reject  hurnsohn
profanity         reject  deine mutter ist eine hure
profanity         reject  leck mich am arsch
profanity         reject  leckt mich am arsch
profanity         reject  verpiss dich
profanity         reject  verpisst euch
profanity         reject  halt die fresse
profanity         reject  haltet die fresse
profanity         reject  halt's maul
profanity         reject  halts maul
profanity         reject  fuck*
profanity         reject  motherfucker*
profanity         hold    scheiße
profanity         hold    scheiß*
profanity         hold    verdammte scheiße
profanity         hold    kacke
profanity         hold    pisse
profanity         hold    fresse
profanity         hold    arsch
profanity         hold    am arsch
profanity         hold    shit
profanity         hold    fck

# --- Insults to a person: strong (reject) ---
personal_attack   reject  arschloch*
personal_attack   reject  arschlöcher
personal_attack   reject  arschgeige*
personal_attack   reject  arschkriecher*
personal_attack   reject  wichser*
personal_attack   reject  wixer*
personal_attack   reject  wixxer*
personal_attack   reject  fotze*
personal_attack   reject  votze*
personal_attack   reject  schlampe
personal_attack   reject  schlampen
personal_attack   reject  nutte*
personal_attack   reject  hure
personal_attack   reject  huren
personal_attack   reject  miststück*
personal_attack   reject  drecksau
personal_attack   reject  dreckssau
personal_attack   reject  dreckskerl*
personal_attack   reject  drecksack*
personal_attack   reject  dreckschwein*
personal_attack   reject  drecksschwein*
personal_attack   reject  dreckstück
personal_attack   reject  drecksfotze
personal_attack   reject  scheißkerl*
personal_attack   reject  missgeburt*
personal_attack   reject  hackfresse*
personal_attack   reject  kotzbrocken
personal_attack   reject  vollidiot*
personal_attack   reject  pisser
personal_attack   reject  spast
personal_attack   reject  spasti
personal_attack   reject  spasten
personal_attack   reject  pissnelke
personal_attack   reject  bitch*
personal_attack   reject  stück scheiße

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiot
personal_attack   hold    idioten
personal_attack   hold    trottel*
personal_attack   hold    depp
personal_attack   hold    deppen
personal_attack   hold    dummkopf*
personal_attack   hold    blödmann
personal_attack   hold    schwachkopf*
personal_attack   hold    hohlkopf*
personal_attack   hold    dumpfbacke*
personal_attack   hold    vollpfosten
personal_attack   hold    honk
personal_attack   hold    penner
personal_attack   hold    bastard*
personal_attack   hold    mongo
personal_attack   hold    mongos
personal_attack   hold    behindert
personal_attack   hold    behinderter
personal_attack   hold    du opfer
personal_attack   hold    schwein
personal_attack   hold    sau
personal_attack   hold    dumme kuh
personal_attack   hold    blöde kuh
personal_attack   hold    tussi
personal_attack   hold    abschaum
personal_attack   hold    gesindel
personal_attack   hold    pack
personal_attack   hold    ungeziefer
personal_attack   hold    parasiten
personal_attack   hold    schmarotzer
personal_attack   hold    verräter
personal_attack   hold    volksverräter*
personal_attack   hold    landesverräter
personal_attack   hold    kinderschänder*
personal_attack   hold    pädophiler
personal_attack   hold    halt die klappe
personal_attack   hold    verzieh dich

# --- Sexual / obscene ---
vulgarity         reject  schwanzlutscher*
vulgarity         reject  schwanzlutscherin
vulgarity         hold    blasen lassen
vulgarity         reject  titten
vulgarity         reject  muschi lecken
vulgarity         hold    bumsen
vulgarity         hold    gebumst
vulgarity         hold    schwanz
vulgarity         hold    muschi
vulgarity         hold    pimmel
vulgarity         hold    wichsen
vulgarity         hold    ficki
vulgarity         hold    porno
vulgarity         hold    pornos
vulgarity         hold    sperma

# --- Slurs and abuse of groups ---
identity_abuse    reject  kanake*
identity_abuse    reject  kanacke*
identity_abuse    reject  kanaken
identity_abuse    reject  neger*
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  kümmeltürke*
identity_abuse    reject  kameltreiber*
identity_abuse    reject  ziegenficker*
identity_abuse    reject  musel
identity_abuse    reject  musels
identity_abuse    hold    muselmane*
identity_abuse    reject  schlitzauge*
identity_abuse    reject  judensau*
identity_abuse    hold    itzig
identity_abuse    reject  polacke*
identity_abuse    reject  schwuchtel*
identity_abuse    reject  schwule sau
identity_abuse    reject  tunte
identity_abuse    reject  tunten
identity_abuse    reject  transe
identity_abuse    reject  transen
identity_abuse    reject  kampflesbe*
identity_abuse    reject  scheiß juden
identity_abuse    reject  scheiß araber
identity_abuse    reject  scheiß kurden
identity_abuse    reject  scheiß türken
identity_abuse    reject  scheiß moslems
identity_abuse    reject  scheiß muslime
identity_abuse    reject  scheiß ausländer
identity_abuse    reject  scheiß flüchtlinge
identity_abuse    reject  scheiß christen
identity_abuse    reject  scheiß zigeuner
identity_abuse    reject  scheiß schwuchteln
identity_abuse    reject  dreckige juden
identity_abuse    reject  dreckige araber
identity_abuse    reject  dreckiges pack
identity_abuse    hold    zigeuner*
identity_abuse    hold    muselmann
identity_abuse    hold    mohammedaner
identity_abuse    hold    nafri*
identity_abuse    hold    bimbo
identity_abuse    hold    mischling*
identity_abuse    hold    itaker
identity_abuse    hold    untermensch*
identity_abuse    hold    asylant
identity_abuse    hold    asylanten
identity_abuse    hold    asyltourist*
identity_abuse    hold    sozialschmarotzer*
identity_abuse    hold    messermänner
identity_abuse    hold    messermann
identity_abuse    hold    goldstücke
identity_abuse    hold    merkelgäste
identity_abuse    hold    merkels gäste
identity_abuse    hold    kopftuchmädchen
identity_abuse    hold    passdeutsche*
identity_abuse    hold    umvolkung
identity_abuse    hold    bevölkerungsaustausch
identity_abuse    hold    großer austausch
identity_abuse    hold    remigration
identity_abuse    hold    gutmensch*
identity_abuse    hold    bahnhofsklatscher
identity_abuse    hold    lügenpresse
identity_abuse    hold    zecke
identity_abuse    hold    zecken
identity_abuse    hold    emanze*
identity_abuse    hold    ausländer raus
identity_abuse    hold    kanaken raus
identity_abuse    hold    juden raus
identity_abuse    hold    deutschland den deutschen
identity_abuse    hold    geh zurück in dein land
identity_abuse    hold    geht zurück in eure länder
identity_abuse    hold    ab in die heimat

# --- Threats (always need a human) ---
threat            hold    ich bring dich um
threat            hold    ich bringe dich um
threat            hold    ich werde dich umbringen
threat            hold    wir bringen dich um
threat            hold    wir bringen euch um
threat            hold    ich mach dich kalt
threat            hold    ich mache dich kalt
threat            hold    ich mach dich fertig
threat            hold    ich stech dich ab
threat            hold    ich steche dich ab
threat            hold    ich schlitz dich auf
threat            hold    ich knall dich ab
threat            hold    man sollte sie abknallen
threat            hold    an die wand stellen
threat            hold    aufhängen sollte man
threat            hold    gehört aufgehängt
threat            hold    gehören aufgehängt
threat            hold    ab ins gas
threat            hold    ab in die gaskammer
threat            hold    wir wissen wo du wohnst
threat            hold    ich weiß wo du wohnst
threat            hold    das wirst du bereuen
threat            hold    das wirst du büßen
threat            hold    dafür wirst du bezahlen
threat            hold    du bist tot
threat            hold    du bist ein toter mann
threat            hold    pass bloß auf
threat            hold    kugel in den kopf
threat            hold    tod den juden
threat            hold    tod den arabern
threat            hold    tod den kurden
threat            hold    tod den türken
threat            hold    tod den muslimen
threat            hold    tod den christen
threat            hold    tod den ungläubigen
threat            hold    tod den verrätern
threat            hold    tod israel
threat            hold    verrecke
threat            hold    verreck
threat            hold    verreckt doch
threat            hold    sollen alle verrecken

# --- Promotion / spam ---
promotion         reject  klick auf mein profil
promotion         reject  besuche mein profil
promotion         reject  schau auf mein profil
promotion         reject  geld verdienen von zu hause
promotion         reject  von zu hause aus geld verdienen
promotion         reject  schnell geld verdienen
promotion         reject  jetzt kaufen
promotion         reject  jetzt bestellen
promotion         reject  rabattcode
promotion         reject  gutscheincode
promotion         reject  versandkostenfrei
promotion         reject  online casino
promotion         reject  heiße singles
promotion         reject  sexkontakte
promotion         reject  sextreffen
promotion         reject  schreib mir auf whatsapp
promotion         reject  schreiben sie mir auf whatsapp
promotion         reject  viagra
promotion         hold    whatsapp
promotion         hold    hier klicken
promotion         hold    klicken sie hier
promotion         hold    gratis
promotion         hold    kostenlos
promotion         hold    rabatt
promotion         hold    sonderangebot
promotion         hold    nebenverdienst
promotion         hold    passives einkommen
promotion         hold    euro am tag
promotion         hold    euro pro tag
promotion         hold    einmalige chance
promotion         hold    bitcoin
promotion         hold    sportwetten
promotion         hold    sofortkredit
promotion         hold    jetzt anmelden
promotion         hold    abonniere

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    wir wissen wo er wohnt
threat            hold    wir wissen wo sie wohnt
threat            hold    wir wissen wo sie wohnen
threat            hold    wir wissen wo ihr wohnt
threat            hold    wir wissen wo du arbeitest
threat            hold    wir wissen wo er arbeitet
threat            hold    wir wissen wo du parkst
threat            hold    ich weiß wo er wohnt
threat            hold    ich weiß wo sie wohnt
threat            hold    ich weiß wo du arbeitest
threat            hold    wir kennen deine adresse
threat            hold    wir kennen seine adresse
threat            hold    wir haben deine adresse
threat            hold    wir kennen dein haus
threat            hold    wir kennen sein haus
threat            hold    wir kennen dein auto
threat            hold    wir kennen seine moschee
threat            hold    wir kennen deine familie
threat            hold    wir werden dich finden
threat            hold    wir kriegen dich
threat            hold    dein tag wird kommen
threat            hold    sein tag wird kommen
threat            hold    deine zeit wird kommen
threat            hold    deine tage sind gezählt
threat            hold    seine tage sind gezählt
threat            hold    dafür wird er bezahlen
threat            hold    er wird dafür bezahlen
threat            hold    sie werden dafür bezahlen
threat            hold    ihr werdet dafür bezahlen
threat            hold    das wird er büßen
threat            hold    das wird er bereuen
threat            hold    er sollte besser aufpassen
threat            hold    der soll aufpassen
threat            hold    soll sich in acht nehmen
threat            hold    wenn du allein nach hause gehst
threat            hold    wenn er allein nach hause geht
threat            hold    wenn sie allein nach hause geht
threat            hold    wir warten auf dich
threat            hold    wir warten auf ihn
threat            hold    wir werden auf dich warten
threat            hold    wir warten nach dem spiel
threat            hold    leute wie du verschwinden
threat            hold    leute wie er verschwinden
threat            hold    leute wie ihr verschwinden
threat            hold    solche leute verschwinden
threat            hold    das wirst du nicht mehr erleben
threat            hold    er wird es nicht mehr erleben
threat            hold    dir wird etwas passieren
threat            hold    ihm wird etwas passieren
threat            hold    dir könnte etwas passieren
threat            hold    ein unfall ist schnell passiert
threat            hold    dein haus wird brennen
threat            hold    sein haus wird brennen
threat            hold    die moschee wird brennen
threat            hold    wir fackeln
threat            hold    abfackeln
threat            hold    wir besuchen dich
threat            hold    wir besuchen ihn
threat            hold    wir statten dir einen besuch ab
threat            hold    wir kommen zu dir nach hause
threat            hold    niemand wird dich schützen
threat            hold    niemand wird ihn schützen
threat            hold    keiner wird dich schützen
threat            hold    du wirst nicht mehr ruhig schlafen
threat            hold    ich mach ihn fertig
threat            hold    ich schlag ihn zusammen
threat            hold    wir schlagen ihn zusammen
threat            hold    ich brech dir die nase
threat            hold    eins aufs maul
threat            hold    verdient eine kugel
threat            hold    gehört erschossen
# second pass: group generalisations and dehumanising words
identity_abuse    hold    alle muslime sind
identity_abuse    hold    alle moslems sind
identity_abuse    hold    alle araber sind
identity_abuse    hold    alle kurden sind
identity_abuse    hold    alle juden sind
identity_abuse    hold    alle türken sind
identity_abuse    hold    alle ausländer sind
identity_abuse    hold    alle flüchtlinge sind
identity_abuse    hold    diese kreaturen
identity_abuse    hold    diese leute sind
identity_abuse    hold    diese wilden
identity_abuse    hold    diese rasse
identity_abuse    hold    liegt ihnen im blut
identity_abuse    hold    in ihren genen
identity_abuse    hold    sind tiere
identity_abuse    hold    diese tiere
identity_abuse    hold    sind ratten
identity_abuse    hold    diese ratten
identity_abuse    hold    sind affen
identity_abuse    hold    viehzeug
identity_abuse    hold    schickt sie alle zurück
identity_abuse    hold    alle abschieben
identity_abuse    hold    geh doch zurück
identity_abuse    hold    sogenannte flüchtlinge
identity_abuse    hold    angebliche flüchtlinge
identity_abuse    hold    scheinflüchtlinge
identity_abuse    hold    messerfachkräfte
# second pass: insults with no swearword
personal_attack   hold    spatzenhirn
personal_attack   hold    erbsenhirn
personal_attack   hold    hühnerhirn
personal_attack   hold    geh zurück in die schule
personal_attack   hold    geh mal zur schule
personal_attack   hold    du verstehst nichts
personal_attack   hold    du hast nichts verstanden
personal_attack   hold    du bist nutzlos
personal_attack   hold    nichtsnutz*
personal_attack   hold    taugenichts
personal_attack   hold    clown
personal_attack   hold    du lügner
personal_attack   hold    du bist ein lügner
personal_attack   hold    halt den mund
personal_attack   hold    halt die schnauze
personal_attack   hold    halt dein maul
personal_attack   hold    dummschwätzer
personal_attack   hold    schwachmat*
personal_attack   hold    vollhonk
personal_attack   hold    du lappen
# second pass: sexual verbs and crude phrases
vulgarity         hold    vögeln
vulgarity         hold    gevögelt
vulgarity         hold    rammeln
vulgarity         hold    gepoppt
vulgarity         hold    einen blasen
vulgarity         hold    blas mir einen
vulgarity         hold    lutsch meinen
vulgarity         hold    bückstück
vulgarity         hold    notgeil*
vulgarity         hold    möse
vulgarity         hold    arschfick*
vulgarity         hold    abspritzen
vulgarity         hold    nacktbilder
vulgarity         hold    nudes
# second pass: promotion
promotion         hold    instagram
promotion         hold    mein insta
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    abonniert meinen kanal
promotion         hold    facebook seite
promotion         hold    folgt mir
promotion         hold    link in bio
promotion         hold    schreib mir privat
promotion         hold    per pn
promotion         hold    kontaktiert mich
promotion         hold    von zu hause aus
promotion         hold    nebenbei geld verdienen
promotion         hold    günstige preise

# --- third pass: coded slurs, insults without swearwords, veiled threats, sexual slang and masked forms ---
# third pass: coded slurs and dog whistles
identity_abuse    hold    goldstück
identity_abuse    hold    goldstückchen
identity_abuse    hold    sogenannte fachkräfte
identity_abuse    hold    messerfachkraft
identity_abuse    hold    messermigrant*
identity_abuse    hold    messerkultur
identity_abuse    hold    merkelgast
identity_abuse    hold    kulturbereicher*
identity_abuse    hold    bereicherer
identity_abuse    hold    asylbetrüger*
identity_abuse    hold    asyltouristen
identity_abuse    hold    invasoren
identity_abuse    hold    muselmanen
identity_abuse    hold    mohammedaner*
identity_abuse    hold    kopftuchgeschwader
identity_abuse    reject  zigeunerpack
identity_abuse    hold    dieses pack
identity_abuse    hold    gesocks
identity_abuse    hold    bimbos
identity_abuse    hold    nafri
identity_abuse    hold    nafris
identity_abuse    reject  judenpack
identity_abuse    reject  judensau
identity_abuse    hold    du jude
identity_abuse    hold    linksgrünversifft
identity_abuse    hold    links grün versifft
identity_abuse    hold    teddybärwerfer
identity_abuse    hold    tunte*
identity_abuse    hold    schwuppe
identity_abuse    hold    geh zurück in deine wüste
identity_abuse    hold    zurück in den busch
identity_abuse    hold    ab in den busch
# third pass: insults with no swearword
personal_attack   hold    geh mal wieder zur schule
personal_attack   hold    zurück in die grundschule
personal_attack   hold    lies lieber dein horoskop
personal_attack   hold    lies lieber horoskope
personal_attack   hold    hohle nuss
personal_attack   hold    taube nuss
personal_attack   hold    nicht die luft wert
personal_attack   hold    die luft zum atmen nicht wert
personal_attack   hold    dorftrottel*
personal_attack   hold    dorfdepp*
personal_attack   hold    du clown
personal_attack   hold    was für ein clown
personal_attack   hold    hampelmann
personal_attack   hold    marionette
personal_attack   hold    feigling*
personal_attack   hold    memme
personal_attack   hold    du waschlappen
personal_attack   hold    du pfeife
personal_attack   hold    flachpfeife*
personal_attack   hold    vollpfosten*
personal_attack   hold    hohlbirne*
personal_attack   hold    knalltüte*
personal_attack   hold    witzfigur*
personal_attack   hold    nulpe
personal_attack   hold    du kasper
personal_attack   hold    du lauch
personal_attack   hold    lern erstmal lesen
personal_attack   hold    lern lesen
personal_attack   hold    kein hirn
personal_attack   hold    hirnlos*
personal_attack   hold    hirnamputiert*
personal_attack   hold    häng dich auf
personal_attack   hold    bring dich um
personal_attack   hold    mistgeburt*
# third pass: veiled threats
threat            hold    in welcher straße du wohnst
threat            hold    in welcher straße er wohnt
threat            hold    er wohnt in der
threat            hold    du wohnst in der
threat            hold    deine hausnummer
threat            hold    seine hausnummer
threat            hold    man sieht sich
threat            hold    wir sehen uns noch
threat            hold    genieß es solange
threat            hold    solange du noch kannst
threat            hold    er sollte angst haben
threat            hold    du solltest angst haben
threat            hold    er sollte sich fürchten
threat            hold    würde da nicht allein
threat            hold    würde nachts nicht allein
threat            hold    nicht alleine rumlaufen
threat            hold    unfälle passieren
threat            hold    mal mit ihm unterhalten
threat            hold    ein ernstes wörtchen
threat            hold    der kiez vergisst nicht
threat            hold    das viertel vergisst nicht
threat            hold    wir vergessen nichts
threat            hold    es wird konsequenzen geben
threat            hold    das wird konsequenzen haben
threat            hold    eine lektion die er nicht vergisst
threat            hold    eine lektion erteilen
threat            hold    einen denkzettel
threat            hold    abgefackelt
threat            hold    die moschee anzünden
threat            hold    zündet die moschee an
threat            hold    das heim anzünden
threat            hold    asylheim anzünden
threat            hold    brennende asylheime
threat            hold    wir kommen vorbei
threat            hold    wir holen dich
threat            hold    wir kriegen euch
threat            hold    denk an deine kinder
threat            hold    denk an deine familie
# third pass: sexual slang, conjugated and masked forms
vulgarity         reject  ich fick dich
vulgarity         reject  fickst
vulgarity         reject  fickt
vulgarity         hold    bumst
vulgarity         hold    poppen
vulgarity         hold    gewichst
# third pass: swearwords written letter by letter (s.c.h.e.i.s.s.e)
profanity         hold    s c h e i s s e
profanity         hold    s c h e i ß e
profanity         reject  f i c k
profanity         reject  f i c k e n
personal_attack   reject  h u r e
personal_attack   reject  h u r e n s o h n
personal_attack   reject  w i c h s e r
vulgarity         reject  f o t z e
personal_attack   reject  a r s c h l o c h
personal_attack   reject  n u t t e
personal_attack   reject  s c h l a m p e
identity_abuse    reject  s c h w u c h t e l
identity_abuse    reject  k a n a k e
personal_attack   hold    s p a s t

# --- Calls to kill, hang or shoot (infinitives and wishes; reporting uses the past participle): hold ---
threat            hold    aufhängen
threat            hold    aufhaengen
threat            hold    aufknüpfen
threat            hold    abknallen
threat            hold    erschießen
threat            hold    abstechen
threat            hold    vergasen
threat            hold    totschlagen
threat            hold    umbringen
threat            hold    kaltmachen
threat            hold    an die laterne
threat            hold    an den galgen

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
threat            hold    wissen wo
threat            hold    weiß wo
threat            hold    wo deine kinder
threat            hold    nur so als info
identity_abuse    hold    sind eine seuche
identity_abuse    hold    alle kriminell
identity_abuse    hold    sind alle kriminelle

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
identity_abuse    hold    steckt bei denen
identity_abuse    hold    liegt denen im blut
identity_abuse    hold    die ganze sippe
`;
