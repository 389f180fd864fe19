/** Polish abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term
# Polish is typed with and without its letters. The matcher folds ą ć ę ń ó ś ź ż to a c e n o s z z, so
# "jebać" already matches "jebac" and "zabiję cię" matches "zabije cie": those are one entry each. ł has no
# accent to fold (NFD leaves it whole), so every term with ł is listed twice, with ł and with l.
# Forms that fold together are one entry: "kurwą" is "kurwa", "jebię" is "jebie".
# The commonest words (kurwa, chuj, cipa) are listed form by form rather than starred, because the matcher reads
# masks ("k*rwa", "ch*j") only against whole words. A stem is starred only where no innocent Polish word starts
# with it: never ruch- (ruch, ruchami "movement"), ciot- (ciotka "aunt"), zboczen- (zboczenie "deviation").
# A word innocent in another language the lexicons read is listed only in phrases or in its other forms:
# Spanish "débil" and Italian "debile" (weak) keep "debil" to phrases ("co za debil"); Romanian "după" (after)
# keeps out bare "dupa"; French "dupe" keeps out bare "dupę" ("w dupę"); Dutch "duren" (to last) keeps out "dureń";
# "rabat" is a Moroccan city; "pedal" and Italian "pedale" are bicycle words ("ty pedale" is listed). Stretched
# letters are read as one, so "nigger" would also read "Niger" and "Nigeria": only its plural is listed.

# --- kurwa and its family (strongest swearword: reject) ---
profanity         reject  kurwa
profanity         reject  kurwy
profanity         reject  kurwie
profanity         reject  kurwę
profanity         reject  kurwo
profanity         reject  kurew
profanity         reject  kurwom
profanity         reject  kurwami
profanity         reject  kurwach
profanity         reject  kurwis*
profanity         reject  kurwic*
profanity         reject  kurwiar*
profanity         reject  kurwid*
profanity         reject  kurews*
profanity         reject  wkurw*
profanity         reject  pokurw*
profanity         reject  przekurw*
profanity         reject  zakurw*
personal_attack   reject  skurw*

# --- chuj (and the misspelling huj) ---
profanity         reject  chuj
profanity         reject  chuja
profanity         reject  chuju
profanity         reject  chuje
profanity         reject  chujem
profanity         reject  chujom
profanity         reject  chujami
profanity         reject  chujach
profanity         reject  chujek
profanity         reject  chujki
profanity         reject  chujku
profanity         reject  chujow*
profanity         reject  chujn*
profanity         reject  chujst*
profanity         reject  ochuj*
profanity         reject  pochuj*
profanity         reject  nachuj
profanity         reject  wchuj
profanity         reject  huj
profanity         reject  huja
profanity         reject  huju
profanity         reject  hujem
profanity         reject  hujnia
profanity         reject  hujow*
profanity         reject  hwdp
profanity         reject  chwdp

# --- jebać and its prefixed verbs ---
profanity         reject  jebać
profanity         reject  jebie*
profanity         reject  jebią
profanity         reject  jebał
profanity         reject  jebal
profanity         reject  jebała
profanity         reject  jebala
profanity         reject  jebali
profanity         reject  jebcie
profanity         reject  jeban*
profanity         reject  jebn*
profanity         reject  jebak*
profanity         reject  wyjeb*
profanity         reject  przejeb*
profanity         reject  rozjeb*
profanity         reject  odjeb*
profanity         reject  najeb*
profanity         reject  dojeb*
profanity         reject  ujeb*
profanity         reject  wjeb*
profanity         reject  podjeb*
profanity         reject  przyjeb*
profanity         reject  zajeba*
profanity         reject  zajebie
profanity         hold    zajebis*
personal_attack   reject  pojeb*
personal_attack   reject  zjeb*

# --- pierdolić and its prefixed verbs ---
profanity         reject  pierdol*
profanity         reject  spierdal*
profanity         reject  spierdol*
# Prefixed forms name -pierdol- and -pierdal- only: -pierdz- (pierdzieć, to fart) is mild and held below.
profanity         reject  wypierdol*
profanity         reject  wypierdal*
profanity         reject  odpierdol*
profanity         reject  odpierdal*
profanity         reject  rozpierdol*
profanity         reject  rozpierdal*
profanity         reject  popierdol*
profanity         reject  popierdal*
profanity         reject  przepierdol*
profanity         reject  przepierdal*
profanity         reject  zapierdol*
profanity         reject  zapierdal*
profanity         reject  napierdol*
profanity         reject  napierdal*
profanity         reject  dopierdol*
profanity         reject  dopierdal*
profanity         reject  opierdol*
profanity         reject  opierdal*
profanity         reject  podpierdol*
profanity         reject  podpierdal*
profanity         reject  wpierdol*
profanity         reject  wpierdal*
profanity         reject  upierdol*
personal_attack   reject  wypierdek
personal_attack   reject  wypierdki

# --- Other swearwords: English loans and milder Polish ones (hold) ---
profanity         reject  fuck*
profanity         reject  motherfucker*
profanity         hold    shit
profanity         hold    fck
profanity         hold    choler*
profanity         hold    gówn*
profanity         hold    pieprzon*
profanity         hold    pierdzi*
profanity         hold    pierdoły
profanity         hold    spieprzaj
profanity         hold    spieprzajcie
profanity         hold    odpieprz się
profanity         hold    wal się
profanity         hold    walcie się
profanity         hold    dupy
profanity         hold    dupie
profanity         hold    dupsko
profanity         hold    w dupę
profanity         hold    sram
profanity         hold    zamknij mordę
profanity         hold    zamknij ryj
profanity         hold    zamknij japę
profanity         hold    stul pysk
profanity         hold    stul dziób

# --- Insults to a person: strong (reject) ---
personal_attack   reject  sukinsyn*
personal_attack   reject  kutafon*
personal_attack   reject  cwel*
personal_attack   reject  dziwk*
personal_attack   reject  szmato
personal_attack   reject  suko
personal_attack   reject  dupodaj*
personal_attack   reject  ty downie
personal_attack   reject  bitch*

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiot*
personal_attack   hold    idioci
personal_attack   hold    kretyn*
personal_attack   hold    imbecyl*
personal_attack   hold    przygłup*
personal_attack   hold    przyglup*
personal_attack   hold    debila
personal_attack   hold    debilu
personal_attack   hold    debilem
personal_attack   hold    debilowi
personal_attack   hold    debilów
personal_attack   hold    debilami
personal_attack   hold    debilach
personal_attack   hold    debiln*
personal_attack   hold    debilizm
personal_attack   hold    co za debil
personal_attack   hold    ten debil
personal_attack   hold    jakiś debil
personal_attack   hold    skończony debil
personal_attack   hold    kompletny debil
personal_attack   hold    totalny debil
personal_attack   hold    z ciebie debil
personal_attack   hold    to debil
personal_attack   hold    półgłówek
personal_attack   hold    polglowek
personal_attack   hold    głupek
personal_attack   hold    glupek
personal_attack   hold    głupku
personal_attack   hold    glupku
personal_attack   hold    matoł
personal_attack   hold    matol
personal_attack   hold    matole
personal_attack   hold    tępak
personal_attack   hold    tępa dzida
personal_attack   hold    tuman
personal_attack   hold    durniu
personal_attack   hold    durnia
personal_attack   hold    durnie
personal_attack   hold    głąb
personal_attack   hold    glab
personal_attack   hold    oszołom
personal_attack   hold    oszolom
personal_attack   hold    psychol
personal_attack   hold    świr
personal_attack   hold    pajac
personal_attack   hold    pajacu
personal_attack   hold    błazen
personal_attack   hold    blazen
personal_attack   hold    palant
personal_attack   hold    palancie
personal_attack   hold    frajer*
personal_attack   hold    lamus
personal_attack   hold    lamusie
personal_attack   hold    cienias
personal_attack   hold    nieudacznik
personal_attack   hold    złamas
personal_attack   hold    zlamas
personal_attack   hold    złamasie
personal_attack   hold    zlamasie
personal_attack   hold    nierób
personal_attack   hold    darmozjad*
personal_attack   hold    pasożyt
personal_attack   hold    pasożyty
personal_attack   hold    gnida
personal_attack   hold    gnido
personal_attack   hold    gnidy
personal_attack   hold    menda
personal_attack   hold    mendo
personal_attack   hold    szuja
personal_attack   hold    kanalia
personal_attack   hold    łajdak
personal_attack   hold    lajdak
personal_attack   hold    łajza
personal_attack   hold    lajza
personal_attack   hold    bydlak
personal_attack   hold    bydlaku
personal_attack   hold    bydlę
personal_attack   hold    gnój
personal_attack   hold    gnoju
personal_attack   hold    ty śmieciu
personal_attack   hold    cham
personal_attack   hold    chamie
personal_attack   hold    prostak
personal_attack   hold    prostaku
personal_attack   hold    wieśniak
personal_attack   hold    wsiok
personal_attack   hold    menel
personal_attack   hold    żul
personal_attack   hold    patus
personal_attack   hold    patusy
personal_attack   hold    patola
personal_attack   hold    lizus
personal_attack   hold    sługus
personal_attack   hold    slugus
personal_attack   hold    lizodup*
personal_attack   hold    dupoliz*
personal_attack   hold    dupek
personal_attack   hold    dupku
personal_attack   hold    dupki
personal_attack   hold    szmata
personal_attack   hold    szmaciarz
personal_attack   hold    suka
personal_attack   hold    suki
personal_attack   hold    szon
personal_attack   hold    ciul
personal_attack   hold    ciulu
personal_attack   hold    twoja stara
personal_attack   hold    zboczeniec
personal_attack   hold    zboczeńcy
personal_attack   hold    pedofil
personal_attack   hold    pedofile
personal_attack   hold    zdrajco
personal_attack   hold    zdrajcy narodu
personal_attack   hold    ty kłamco
personal_attack   hold    ty klamco
personal_attack   hold    łgarz
personal_attack   hold    lgarz
personal_attack   hold    łżesz
personal_attack   hold    lzesz
personal_attack   hold    zamknij się
personal_attack   hold    spadaj

# --- Sexual / obscene ---
vulgarity         reject  cipa
vulgarity         reject  cipy
vulgarity         reject  cipie
vulgarity         reject  cipę
vulgarity         reject  cipo
vulgarity         reject  cipk*
vulgarity         reject  cipsk*
vulgarity         reject  cipeczk*
vulgarity         reject  pizd*
vulgarity         reject  kutas*
vulgarity         reject  ruchać
vulgarity         reject  rucha
vulgarity         reject  ruchasz
vulgarity         reject  rucham
vulgarity         reject  ruchał
vulgarity         reject  ruchal
vulgarity         reject  ruchali
vulgarity         reject  ruchanie
vulgarity         reject  ruchania
vulgarity         reject  wyrucha*
vulgarity         reject  dupcz*
vulgarity         reject  lachociąg
vulgarity         reject  obciągnij mi
vulgarity         reject  zrób mi loda
vulgarity         reject  ssij pałę
vulgarity         reject  ssij pale
vulgarity         reject  ssij fiuta
vulgarity         hold    ssij
vulgarity         hold    fiut
vulgarity         hold    fiuta
vulgarity         hold    fiuty
vulgarity         hold    fiutem
vulgarity         hold    kuśka
vulgarity         hold    cycki
vulgarity         hold    cycków
vulgarity         hold    cycuszki
vulgarity         hold    dymać
vulgarity         hold    dymają
vulgarity         hold    wydymani
vulgarity         hold    bzyka*
vulgarity         hold    srać
vulgarity         hold    nasra*
vulgarity         hold    zesra*
vulgarity         hold    obsra*
vulgarity         hold    szczać
vulgarity         hold    szczyny
vulgarity         hold    obciągnij
vulgarity         hold    obciąganie
vulgarity         hold    porno
vulgarity         hold    pornosy
vulgarity         hold    sperma

# --- Slurs and abuse of groups ---
identity_abuse    reject  czarnuch*
identity_abuse    reject  nigga
identity_abuse    reject  niggas
identity_abuse    reject  niggers
identity_abuse    reject  czarna małpa
identity_abuse    reject  czarna malpa
identity_abuse    reject  czarne małpy
identity_abuse    reject  czarne malpy
identity_abuse    reject  ciapat*
identity_abuse    reject  ciapak*
identity_abuse    reject  kozojeb*
identity_abuse    reject  pustynny szczur
identity_abuse    reject  pustynne szczury
identity_abuse    reject  brudny arab
identity_abuse    reject  brudni arabowie
identity_abuse    reject  brudny żyd
identity_abuse    reject  brudni żydzi
identity_abuse    reject  parszywy żyd
identity_abuse    reject  parszywi żydzi
identity_abuse    reject  parszywe żydy
identity_abuse    reject  żydowskie świnie
identity_abuse    reject  brudny cygan
identity_abuse    reject  brudne cygany
identity_abuse    reject  cygańskie bydło
identity_abuse    reject  cyganskie bydlo
identity_abuse    reject  muzułmańskie bydło
identity_abuse    reject  muzulmanskie bydlo
identity_abuse    reject  islamskie bydło
identity_abuse    reject  islamskie bydlo
identity_abuse    reject  ukraińskie bydło
identity_abuse    reject  ukrainskie bydlo
identity_abuse    reject  banderowskie ścierwo
identity_abuse    reject  ty pedale
identity_abuse    reject  pedzio
identity_abuse    reject  pedryl*
identity_abuse    reject  pedalstwo
identity_abuse    reject  ciota
identity_abuse    reject  cioty
identity_abuse    reject  ciotę
identity_abuse    reject  cioto
identity_abuse    reject  ciotami
identity_abuse    reject  ciotowat*
identity_abuse    hold    pedał
identity_abuse    hold    pedały
identity_abuse    hold    pedaly
identity_abuse    hold    pedałów
identity_abuse    hold    pedalow
identity_abuse    hold    homoś
identity_abuse    hold    homosie
identity_abuse    hold    lesba
identity_abuse    hold    lesby
identity_abuse    hold    tęczowa zaraza
identity_abuse    hold    murzyn*
identity_abuse    hold    cygan*
identity_abuse    hold    żydek
identity_abuse    hold    żydki
identity_abuse    hold    żydy
identity_abuse    hold    żydostwo
identity_abuse    hold    żydokomuna
identity_abuse    hold    parch
identity_abuse    hold    parchy
identity_abuse    hold    banderow*
identity_abuse    hold    ukrop
identity_abuse    hold    ukropy
identity_abuse    hold    ukry
identity_abuse    hold    upadlina
identity_abuse    hold    chachoł
identity_abuse    hold    chachol
identity_abuse    hold    chachły
identity_abuse    hold    chachly
identity_abuse    hold    ukrainiz*
identity_abuse    hold    kacap*
identity_abuse    hold    szwaby
identity_abuse    hold    szkopy
identity_abuse    hold    polaczek
identity_abuse    hold    polaczki
identity_abuse    hold    polactwo
identity_abuse    hold    cebulaki
identity_abuse    hold    arabus*
identity_abuse    hold    brudas*
identity_abuse    hold    skośnook*
identity_abuse    hold    żółtki
identity_abuse    hold    zoltki
identity_abuse    hold    nachodźca
identity_abuse    hold    nachodźcy
identity_abuse    hold    nachodźców
identity_abuse    hold    nachodźcami
identity_abuse    hold    feminazi*
identity_abuse    hold    wracaj do siebie
identity_abuse    hold    wracajcie do siebie
identity_abuse    hold    wynocha do siebie
identity_abuse    hold    won do siebie
identity_abuse    hold    wynocha z naszego kraju
identity_abuse    hold    polska dla polaków

# --- Threats (always need a human) ---
threat            hold    zabiję cię
threat            hold    zabiję go
threat            hold    zabiję ją
threat            hold    zabiję was
threat            hold    zabijemy cię
threat            hold    zabijemy was
threat            hold    zatłukę cię
threat            hold    zatluke cie
threat            hold    zatłukę go
threat            hold    zatluke go
threat            hold    rozwalę cię
threat            hold    rozwalę ci łeb
threat            hold    rozwale ci leb
threat            hold    rozwalę ci głowę
threat            hold    rozwale ci glowe
threat            hold    poderżnę ci gardło
threat            hold    poderzne ci gardlo
threat            hold    poderżnąć mu gardło
threat            hold    poderznac mu gardlo
threat            hold    wbiję ci nóż
threat            hold    dźgnę cię
threat            hold    zastrzelę cię
threat            hold    zastrzelę go
threat            hold    zastrzelić go
threat            hold    zastrzelić ich
threat            hold    odstrzelić go
threat            hold    odstrzelić ich
threat            hold    kulka w łeb
threat            hold    kulka w leb
threat            hold    kulkę w łeb
threat            hold    kulke w leb
threat            hold    dostaniesz kulkę
threat            hold    dostaniesz w mordę
threat            hold    dostaniesz w ryj
threat            hold    dostaniesz w zęby
threat            hold    dostaniesz łomot
threat            hold    dostaniesz lomot
threat            hold    dostaniesz bęcki
threat            hold    oberwiesz
threat            hold    dam ci w mordę
threat            hold    dam ci w ryj
threat            hold    obiję ci mordę
threat            hold    połamię ci nogi
threat            hold    polamie ci nogi
threat            hold    połamiemy mu nogi
threat            hold    polamiemy mu nogi
threat            hold    wybiję ci zęby
threat            hold    skopię ci dupę
threat            hold    spalę ci dom
threat            hold    spalimy ci dom
threat            hold    spalić im dom
threat            hold    spalić meczet
threat            hold    podpalić meczet
threat            hold    spalimy ich
threat            hold    wiem gdzie mieszkasz
threat            hold    wiemy gdzie mieszkasz
threat            hold    wiem gdzie mieszka
threat            hold    wiemy gdzie mieszka
threat            hold    wiemy gdzie mieszkają
threat            hold    wiem gdzie pracujesz
threat            hold    wiemy gdzie pracujesz
threat            hold    wiemy gdzie pracuje
threat            hold    wiem gdzie parkujesz
threat            hold    znamy twój adres
threat            hold    znam twój adres
threat            hold    mamy twój adres
threat            hold    znamy jego adres
threat            hold    wiemy gdzie chodzą twoje dzieci
threat            hold    znajdziemy cię
threat            hold    znajdę cię
threat            hold    dopadniemy cię
threat            hold    dopadnę cię
threat            hold    dopadniemy go
threat            hold    dorwę cię
threat            hold    dorwiemy cię
threat            hold    dorwiemy go
threat            hold    przyjdziemy po ciebie
threat            hold    przyjdę po ciebie
threat            hold    przyjdziemy po was
threat            hold    pożałujesz
threat            hold    pożałujecie
threat            hold    zapłacisz za to
threat            hold    zaplacisz za to
threat            hold    twoje dni są policzone
threat            hold    jego dni są policzone
threat            hold    już nie żyjesz
threat            hold    jesteś trupem
threat            hold    jesteś martwy
threat            hold    zginiesz
threat            hold    koniec z tobą
threat            hold    będziesz wisiał
threat            hold    bedziesz wisial
threat            hold    będziecie wisieć
threat            hold    będą wisieć
threat            hold    zawiśniesz
threat            hold    zdrajcy na latarnie
threat            hold    powiesić na latarni
threat            hold    na szubienicę
threat            hold    powiesić ich
threat            hold    trzeba go powiesić
threat            hold    powinni go powiesić
threat            hold    postawić pod ścianą
threat            hold    pod ścianę z nimi
threat            hold    rozstrzelać
threat            hold    wystrzelać
threat            hold    do gazu z nimi
threat            hold    wszystkich do gazu
threat            hold    do komory gazowej
threat            hold    do pieca z nimi
threat            hold    śmierć żydom
threat            hold    śmierć muzułmanom
threat            hold    smierc muzulmanom
threat            hold    śmierć arabom
threat            hold    śmierć ukraińcom
threat            hold    śmierć zdrajcom
threat            hold    śmierć pedałom
threat            hold    smierc pedalom
threat            hold    śmierć wrogom ojczyzny
threat            hold    śmierć islamowi

# --- Promotion / spam ---
promotion         reject  kod rabatowy
promotion         reject  kup teraz
promotion         reject  zamów teraz
promotion         reject  darmowa dostawa
promotion         reject  kasyno online
promotion         reject  darmowe spiny
promotion         reject  gorące singielki
promotion         reject  seks randki
promotion         reject  sex randki
promotion         reject  sex kamerki
promotion         reject  seks kamerki
promotion         reject  viagra
promotion         reject  sprawdź mój profil
promotion         reject  wejdź na mój profil
promotion         reject  kliknij w mój profil
promotion         hold    zapraszam na mój kanał
promotion         hold    zapraszam na moj kanal
promotion         hold    zapraszam na mój profil
promotion         hold    zapraszam na moją stronę
promotion         hold    zapraszam na mojego bloga
promotion         hold    zapraszam na priv
promotion         hold    zapraszam do kontaktu
promotion         hold    zapraszam do sklepu
promotion         hold    pisz na priv
promotion         hold    pisz na priva
promotion         hold    napisz na priv
promotion         hold    pisz na pw
promotion         hold    napisz na pw
promotion         hold    pisz prywatnie
promotion         hold    tanio sprzedam
promotion         hold    sprzedam tanio
promotion         hold    tanio kupię
promotion         hold    najniższe ceny
promotion         hold    atrakcyjne ceny
promotion         hold    konkurencyjne ceny
promotion         hold    zarób w domu
promotion         hold    zarabiaj w domu
promotion         hold    zarabiaj z domu
promotion         hold    praca dodatkowa
promotion         hold    dodatkowy dochód
promotion         hold    pasywny dochód
promotion         hold    zarabiaj online
promotion         hold    zarób nawet
promotion         hold    zarabiaj nawet
promotion         hold    dziennie z domu
promotion         hold    tygodniowo z domu
promotion         hold    szybka pożyczka
promotion         hold    pożyczka bez bik
promotion         hold    chwilówka
promotion         hold    chwilówki
promotion         hold    kryptowaluty
promotion         hold    bitcoin
promotion         hold    forex
promotion         hold    zakłady bukmacherskie
promotion         hold    zaklady bukmacherskie
promotion         hold    bukmacher
promotion         hold    whatsapp
promotion         hold    kliknij tutaj
promotion         hold    kliknij w link
promotion         hold    kliknij link
promotion         hold    gratis
promotion         hold    rabaty

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    zrobię ci krzywdę
threat            hold    zrobimy ci krzywdę
threat            hold    stanie ci się krzywda
threat            hold    coś ci się stanie
threat            hold    może ci się coś stać
threat            hold    wypadki chodzą po ludziach
threat            hold    lepiej uważaj
threat            hold    radzę uważać
threat            hold    radzę ci uważać
threat            hold    lepiej się pilnuj
threat            hold    nie wychodź sam
threat            hold    nie wychodź sama
threat            hold    nie będziesz spał spokojnie
threat            hold    nie bedziesz spal spokojnie
threat            hold    nikt cię nie obroni
threat            hold    nikt cię nie ochroni
threat            hold    policja ci nie pomoże
threat            hold    dostaniesz za swoje
threat            hold    damy mu nauczkę
threat            hold    damy ci nauczkę
threat            hold    dać mu nauczkę
threat            hold    nauczymy go rozumu
threat            hold    pogadamy inaczej
threat            hold    porozmawiamy inaczej
threat            hold    jeszcze się spotkamy
threat            hold    policzymy się
threat            hold    odwiedzimy cię
threat            hold    złożymy ci wizytę
threat            hold    zlozymy ci wizyte
threat            hold    złożymy mu wizytę
threat            hold    zlozymy mu wizyte
threat            hold    poczekamy na ciebie
threat            hold    krew się poleje
threat            hold    trzeba go zabić
threat            hold    trzeba ich zabić
threat            hold    trzeba ich wystrzelać
threat            hold    wbiję mu nóż
# second pass: group generalisations and dehumanising words
identity_abuse    hold    wszyscy muzułmanie to
identity_abuse    hold    wszyscy muzulmanie to
identity_abuse    hold    wszyscy muzułmanie są
identity_abuse    hold    wszyscy muzulmanie sa
identity_abuse    hold    każdy muzułmanin to
identity_abuse    hold    kazdy muzulmanin to
identity_abuse    hold    wszyscy arabowie to
identity_abuse    hold    wszyscy arabowie są
identity_abuse    hold    wszyscy ukraińcy to
identity_abuse    hold    wszyscy ukraińcy są
identity_abuse    hold    wszyscy imigranci to
identity_abuse    hold    wszyscy imigranci są
identity_abuse    hold    wszyscy uchodźcy to
identity_abuse    hold    wszyscy uchodźcy są
identity_abuse    hold    wszyscy żydzi to
identity_abuse    hold    wszyscy żydzi są
identity_abuse    hold    wszyscy czarni to
identity_abuse    hold    wszyscy geje to
identity_abuse    hold    wszyscy pakistańczycy to
identity_abuse    hold    mają to we krwi
identity_abuse    hold    mają to w genach
identity_abuse    hold    to nie są ludzie
identity_abuse    hold    to są zwierzęta
identity_abuse    hold    podludzie
identity_abuse    hold    podczłowiek
identity_abuse    hold    podczlowiek
identity_abuse    hold    dzicz
identity_abuse    hold    hołota
identity_abuse    hold    holota
identity_abuse    hold    tałatajstwo
identity_abuse    hold    talatajstwo
identity_abuse    hold    robactwo
identity_abuse    hold    szarańcza
identity_abuse    hold    ścierwo
identity_abuse    hold    ścierwa
identity_abuse    hold    wracaj skąd przyszedłeś
identity_abuse    hold    wracaj skad przyszedles
identity_abuse    hold    wracajcie skąd przyszliście
identity_abuse    hold    niech wracają skąd przyszli
identity_abuse    hold    niech wracają do siebie
identity_abuse    hold    odesłać ich wszystkich
identity_abuse    hold    odeslac ich wszystkich
identity_abuse    hold    wywieźć ich wszystkich
identity_abuse    hold    socjalni turyści
identity_abuse    hold    turyści socjalni
identity_abuse    hold    islamizacja
identity_abuse    hold    wielkie zastąpienie
# second pass: insults with no swearword
personal_attack   hold    idź się leczyć
personal_attack   hold    lecz się na głowę
personal_attack   hold    lecz sie na glowe
personal_attack   hold    puknij się w głowę
personal_attack   hold    puknij sie w glowe
personal_attack   hold    puknij się w czoło
personal_attack   hold    puknij sie w czolo
personal_attack   hold    nie masz mózgu
personal_attack   hold    ptasi móżdżek
personal_attack   hold    mózg jak orzeszek
personal_attack   hold    szkoda tlenu
personal_attack   hold    marnujesz tlen
personal_attack   hold    naucz się czytać
personal_attack   hold    wróć do szkoły
personal_attack   hold    wroc do szkoly
personal_attack   hold    wróć do podstawówki
personal_attack   hold    wtórny analfabeta
personal_attack   hold    ty analfabeto
personal_attack   hold    powieś się
personal_attack   hold    zabij się
personal_attack   hold    strzel sobie w łeb
personal_attack   hold    strzel sobie w leb
personal_attack   hold    skocz z mostu
# second pass: sexual verbs and crude phrases
vulgarity         hold    zrobić loda
vulgarity         hold    robi loda
vulgarity         hold    zrobić laskę
vulgarity         hold    walić konia
vulgarity         hold    wali konia
vulgarity         hold    spuścić się
vulgarity         hold    zerżnąć
vulgarity         hold    pieprzyć się
vulgarity         hold    chędożyć
vulgarity         hold    nudesy
vulgarity         hold    nagie zdjęcia
# second pass: promotion
promotion         hold    instagram
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    onlyfans
promotion         hold    link w bio
promotion         hold    link w opisie
promotion         hold    subskrybuj
promotion         hold    subskrybujcie
promotion         hold    zasubskrybuj
promotion         hold    obserwuj mnie
promotion         hold    obserwujcie mnie
promotion         hold    polub moją stronę
promotion         hold    mój fanpage
promotion         hold    busy do polski
promotion         hold    transport do polski
promotion         hold    tanie przeprowadzki
promotion         hold    przeprowadzki tanio
promotion         hold    usługi remontowe
promotion         hold    uslugi remontowe
promotion         hold    pomoc w benefitach

# --- third pass: coded slurs, political name-calling, misogyny, letter-by-letter forms ---
# third pass: coded slurs and political name-calling
identity_abuse    hold    żydowska mafia
identity_abuse    hold    żydowskie lobby
identity_abuse    hold    żydzi rządzą
identity_abuse    hold    holokaustu nie było
identity_abuse    hold    holokaustu nie bylo
identity_abuse    hold    wracaj na drzewo
identity_abuse    hold    wracaj do buszu
identity_abuse    hold    lewactwo
identity_abuse    hold    lewacy
identity_abuse    hold    lewak*
identity_abuse    hold    pisior*
identity_abuse    hold    komuchy
identity_abuse    hold    katole
identity_abuse    hold    katoliban
identity_abuse    hold    klechy
identity_abuse    hold    klecha
identity_abuse    hold    mohery
identity_abuse    hold    moherowe berety
identity_abuse    hold    zdradzieckie mordy
identity_abuse    hold    zdradziecka morda
identity_abuse    hold    lemingi
# third pass: misogyny
identity_abuse    hold    baby do garów
identity_abuse    hold    wracaj do garów
identity_abuse    hold    głupia baba
identity_abuse    hold    glupia baba
identity_abuse    hold    babsko
identity_abuse    hold    madka
identity_abuse    hold    madki
# third pass: swearwords written letter by letter (k.u.r.w.a)
profanity         reject  k u r w a
profanity         reject  c h u j
profanity         reject  h u j
profanity         reject  j e b a ć
profanity         reject  s p i e r d a l a j
vulgarity         reject  p i z d a
personal_attack   reject  d z i w k a
personal_attack   reject  c w e l
vulgarity         reject  k u t a s

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    wiedzą gdzie
threat            hold    wiemy gdzie
threat            hold    podpali
`;
