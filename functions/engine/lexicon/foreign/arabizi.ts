/** Arabizi (Arabic typed in Latin letters and digits) abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term
# Digits stand for Arabic letters: 2 hamza, 3 ain, 5 kha, 6 ta, 7 ha, 8 ghain, 9 qaf/sad.
# Only spellings that are not also ordinary English, Turkish or Kurdish words are listed
# (never: kus/kos "bird/run" in Turkish, manyak, kafir, nik, khara, gawad as a name, tizi as a place).

# --- profanity: family and religion curses ---
profanity         reject  kos omak
profanity         reject  kos omk
profanity         reject  kos ommak
profanity         reject  kosomak
profanity         reject  kossomak
profanity         reject  kosomk
profanity         reject  kosom
profanity         reject  kusomak
profanity         reject  kussomak
profanity         reject  kuss ummak
profanity         reject  kus ummak
profanity         reject  kussummak
profanity         reject  kess emmak
profanity         reject  kes emak
profanity         reject  kis emak
profanity         reject  kesemak
profanity         reject  kos okhtak
profanity         reject  kos ekhtak
profanity         reject  kes ekhtak
profanity         reject  kosokhtak
profanity         reject  yel3an abook
profanity         reject  yel3an abuk
profanity         reject  yel3an abok
profanity         reject  yil3an abook
profanity         reject  yil3an abuk
profanity         reject  yl3n abok
profanity         reject  yl3n abook
profanity         reject  yel3an ommak
profanity         reject  yel3an omak
profanity         reject  yel3an ekhtak
profanity         reject  yel3an deenak
profanity         reject  yel3an dinak
profanity         reject  yel3an rabak
profanity         reject  yel3an sharafak
profanity         reject  in3al abook
profanity         reject  en3al abook
profanity         reject  kol 5ara
profanity         reject  kol khara
profanity         reject  5ara 3aleek
profanity         reject  5ara 3alek
profanity         reject  5ara
profanity         hold    yel3an
profanity         hold    yil3an
profanity         hold    yl3n
profanity         hold    a7a
profanity         hold    tfeh 3aleek

# --- vulgarity: sexual / obscene ---
vulgarity         reject  neekak
vulgarity         reject  aneekak
vulgarity         reject  anikak
vulgarity         reject  bneekak
vulgarity         reject  bnekak
vulgarity         reject  ha neekak
vulgarity         reject  ayri fik
vulgarity         reject  ayri feek
vulgarity         reject  ayre fik
vulgarity         reject  ayre feek
vulgarity         reject  3ayri fik
vulgarity         reject  zebbi
vulgarity         reject  zebby
vulgarity         reject  teezak
vulgarity         reject  teezi
vulgarity         reject  tizak
vulgarity         reject  tizik
vulgarity         hold    zebi

# --- personal attack: strong (reject) ---
personal_attack   reject  sharmoot*
personal_attack   reject  sharmout*
personal_attack   reject  sharmut*
personal_attack   reject  sharmot*
personal_attack   reject  charmout*
personal_attack   reject  charmut*
personal_attack   reject  shrmota
personal_attack   reject  shrmoota
personal_attack   reject  sharameet
personal_attack   reject  sharamit
personal_attack   reject  2a7ba
personal_attack   reject  ka7ba
personal_attack   reject  9a7ba
personal_attack   reject  qa7ba
personal_attack   reject  ga7ba
personal_attack   reject  kahba
personal_attack   reject  qahba
personal_attack   reject  9ahba
personal_attack   reject  manyouk*
personal_attack   reject  manyook*
personal_attack   reject  manyok
personal_attack   reject  manyoka
personal_attack   reject  mnayek
personal_attack   reject  mnayik
personal_attack   reject  metnak*
personal_attack   reject  mitnak*
personal_attack   reject  3ars
personal_attack   reject  3arse
personal_attack   reject  m3ars
personal_attack   reject  me3ares
personal_attack   reject  mo3arras
personal_attack   reject  dayouth
personal_attack   reject  dayyoos
personal_attack   reject  dayoos
personal_attack   reject  dayyouth
personal_attack   reject  gawwad
personal_attack   reject  ibn el kalb
personal_attack   reject  ibn al kalb
personal_attack   reject  ebn el kalb
personal_attack   reject  ibn kalb
personal_attack   reject  ebn kalb
personal_attack   reject  wlad el kalb
personal_attack   reject  ya kalb
personal_attack   reject  ibn el 7aram
personal_attack   reject  ibn al 7aram
personal_attack   reject  ebn el 7aram
personal_attack   reject  ibn 7aram
personal_attack   reject  ibn el haram
personal_attack   reject  ibn al haram
personal_attack   reject  walad 7aram
personal_attack   reject  ibn el wes5a
personal_attack   reject  ibn el wiskha
personal_attack   reject  ibn el zina

# --- personal attack: mild or double-meaning (hold) ---
personal_attack   hold    a7ba
personal_attack   hold    3ahira
personal_attack   hold    3ahra
personal_attack   hold    kalb
personal_attack   hold    kalbeh
personal_attack   hold    7mar
personal_attack   hold    7maar
personal_attack   hold    7imar
personal_attack   hold    ya 7mar
personal_attack   hold    hmar
personal_attack   hold    7ayawan
personal_attack   hold    7aywan
personal_attack   hold    ya 7ayawan
personal_attack   hold    khanzeer
personal_attack   hold    5anzeer
personal_attack   hold    5anzir
personal_attack   hold    ghabi
personal_attack   hold    8abi
personal_attack   hold    ghaby
personal_attack   hold    ahbal
personal_attack   hold    a7bal
personal_attack   hold    wes5
personal_attack   hold    wis5
personal_attack   hold    wa6i
personal_attack   hold    tafeh
personal_attack   hold    7a2eer
personal_attack   hold    7aqeer
personal_attack   hold    5ayen
personal_attack   hold    khayen

# --- identity abuse ---
identity_abuse    reject  khawal
identity_abuse    reject  5awal
identity_abuse    reject  khawalat
identity_abuse    reject  rawafid
identity_abuse    reject  rawafed
identity_abuse    reject  mokhanath
identity_abuse    hold    looti
identity_abuse    hold    loo6i
identity_abuse    hold    shaz
identity_abuse    hold    shawaz
identity_abuse    hold    zamel
identity_abuse    hold    majoos
identity_abuse    hold    majous
identity_abuse    hold    nusayri
identity_abuse    hold    kuffar
identity_abuse    hold    3abeed

# --- threats (hold) ---
threat            hold    ra7 a2tlak
threat            hold    ra7 2otlak
threat            hold    r7 a2tlk
threat            hold    ba2tlak
threat            hold    b2tlak
threat            hold    ba2tolak
threat            hold    ha2tlak
threat            hold    ha2tolak
threat            hold    7a2tlak
threat            hold    sa2a2tolak
threat            hold    bedba7ak
threat            hold    ra7 edba7ak
threat            hold    hadba7ak
threat            hold    mne3ref wen saken
threat            hold    mn3rf wen sakn
threat            hold    mne3ref wein saken
threat            hold    ne3raf wen saken
threat            hold    ra7 tedfa3 el taman
threat            hold    7atedfa3 el taman
threat            hold    hatedfa3 el taman
threat            hold    el mot lel 3arab
threat            hold    el mot lel akrad
threat            hold    el mot lel yahood

# --- promotion ---
promotion         hold    tawasal ma3i
promotion         hold    tawasal ma3na
promotion         hold    rasilni whatsapp
promotion         hold    majanan
promotion         hold    mjanan
promotion         hold    3ard khas
promotion         hold    5asm khas

# --- second pass: veiled and conditional threats (hold) ---
threat            hold    mne3ref wen btoskon
threat            hold    mn3rf wen btskon
threat            hold    ne3ref wen sakin
threat            hold    n3rf wen saken
threat            hold    mne3ref wen byeshteghel
threat            hold    mne3ref wen btshteghel
threat            hold    mne3ref betak
threat            hold    mn3rf baytak
threat            hold    n3rf betak
threat            hold    ne3ref betak
threat            hold    n3rf baitak
threat            hold    n3rf 3enwanak
threat            hold    mne3ref sayartak
threat            hold    3arfeen wen saken
threat            hold    yomak jay
threat            hold    yomak jaye
threat            hold    yomak 2arib
threat            hold    yomo jay
threat            hold    ra7 yiji yomak
threat            hold    ra7 yedfa3 el taman
threat            hold    ra7 yidfa3 el taman
threat            hold    7ayedfa3 el taman
threat            hold    hayedfa3 el taman
threat            hold    ra7 tendam
threat            hold    7atendam
threat            hold    hatendam
threat            hold    ahsanlo ydir balo
threat            hold    a7sanlo ydir balo
threat            hold    a7sanlak tdir balak
threat            hold    ra7 nestanak
threat            hold    mnestanak barra
threat            hold    bnestanak barra
threat            hold    nestanak ba3d el match
threat            hold    amthalak byekhtefo
threat            hold    ra7 yseerlak shi
threat            hold    ra7 ysirlak shi
threat            hold    ra7 yseer fik shi
threat            hold    7ayegralak 7aga
threat            hold    ra7 n7re2 betak
threat            hold    ra7 n7ar2ak
threat            hold    ra7 n7ri2kon
threat            hold    ra7 n7re2 el mabna
threat            hold    ra7 yen7ere2 el mabna
threat            hold    ba7re2 betak
threat            hold    ra7 nzoorak bil bet
threat            hold    ma 7ada ra7 y7meek
threat            hold    ma 7ada bi7meek
threat            hold    mesh ra7 tnam
threat            hold    ma ra7 tnam
threat            hold    ra7 kasser rasak
threat            hold    bkasserlak rasak
threat            hold    bkaserlak wejjak
threat            hold    ra7 kaser wejjak

# --- second pass: group generalisations and dehumanising words (hold) ---
identity_abuse    hold    kellon 7ayawanat
identity_abuse    hold    kolhom 7ayawanat
identity_abuse    hold    hadol 7ayawanat
identity_abuse    hold    hal nas 7ayawanat
identity_abuse    hold    sarasir
identity_abuse    hold    sarasees
identity_abuse    hold    jrazi
identity_abuse    hold    qurood
identity_abuse    hold    2rood
identity_abuse    hold    9rood
identity_abuse    hold    fi dammhom
identity_abuse    hold    bi dammhom
identity_abuse    hold    b dammon
identity_abuse    hold    bi tab3hom
identity_abuse    hold    hayda el jins
identity_abuse    hold    erja3 3a baladak
identity_abuse    hold    erja3 la baladak
identity_abuse    hold    rja3 3ala baladak
identity_abuse    hold    rawe7 3a baladak
identity_abuse    hold    raj3ohom kellon
identity_abuse    hold    raj3ohom 3a baladhom
identity_abuse    hold    kol el 3arab
identity_abuse    hold    kol el akrad
identity_abuse    hold    kol el soriyeen

# --- second pass: insults with no swearword (hold) ---
personal_attack   hold    mokh djeje
personal_attack   hold    mo5 djaja
personal_attack   hold    mu5 dajaja
personal_attack   hold    3a2l 3asfour
personal_attack   hold    3a2lak 3asfour
personal_attack   hold    mokh 3asfoor
personal_attack   hold    erja3 3al madrase
personal_attack   hold    ma bt2fham shi
personal_attack   hold    ma btefham shi
personal_attack   hold    ma tefham shi
personal_attack   hold    mabtefham
personal_attack   hold    ya fashel
personal_attack   hold    bala fayde
personal_attack   hold    mharrej
personal_attack   hold    ya mharrej
personal_attack   hold    ya kazzab
personal_attack   hold    ya kazab
personal_attack   hold    ya kaddab
personal_attack   hold    kazzab
personal_attack   hold    sakker tommak
personal_attack   hold    sakker temmak
personal_attack   hold    sakker 7alqak
personal_attack   hold    sed bozak
personal_attack   hold    sedd bozzak
personal_attack   hold    ekhras
personal_attack   hold    i5ras

# --- second pass: sexual slang ---
vulgarity         reject  mass zebbi
vulgarity         reject  mos zebbi
vulgarity         reject  mossi zebbi
vulgarity         reject  beddi neekak
vulgarity         reject  bdi nikak
vulgarity         reject  neekni
vulgarity         reject  nekni
vulgarity         reject  nayyak
vulgarity         reject  tetnak
vulgarity         reject  btetnak
vulgarity         hold    neek
vulgarity         hold    aneek
vulgarity         hold    bneek
vulgarity         hold    zebb
vulgarity         hold    zobri
vulgarity         hold    ayre
vulgarity         hold    3ayre

# --- second pass: promotion (hold) ---
promotion         hold    instagram*
promotion         hold    insta
promotion         hold    whatsapp*
promotion         hold    watsap*
promotion         hold    wtsp
promotion         hold    telegram*
promotion         hold    tiktok*
promotion         hold    snapchat*
promotion         hold    youtube*
promotion         hold    safhati
promotion         hold    taba3ouni
promotion         hold    tab3oni
promotion         hold    link bl bio
promotion         hold    el link fel bio
promotion         hold    link fel bio
promotion         hold    3al khas
promotion         hold    3al 5as
promotion         hold    ab3atli 3al 5as
promotion         hold    kallemni 3al 5as
promotion         hold    rbe7 men el bet
promotion         hold    shoghl men el bet
promotion         hold    as3ar r5isa
promotion         hold    as3ar rkhisa
promotion         hold    as3ar monafsa
promotion         hold    tawseel majani
# --- third pass
# sectarian and ethnic codes
identity_abuse    hold    dhyool iran
identity_abuse    hold    thyool iran
identity_abuse    hold    zyool iran
identity_abuse    hold    theyool iran
identity_abuse    hold    3abeed iran
identity_abuse    hold    3abeed el sifara
identity_abuse    hold    jokeriya
identity_abuse    hold    jokariya
identity_abuse    hold    shroogi
identity_abuse    hold    shrougi
identity_abuse    hold    rafidi
identity_abuse    hold    rafdi
identity_abuse    hold    rafida
identity_abuse    hold    nawasib
identity_abuse    hold    nasibi
identity_abuse    hold    safawi
identity_abuse    hold    safawiyeen
identity_abuse    hold    kollkom dawa3esh
identity_abuse    hold    kilkom dawa3ish
identity_abuse    hold    kolhom dawa3esh
identity_abuse    hold    3abadat el shaytan
identity_abuse    hold    3abadet el shaytan
identity_abuse    hold    jhoosh
identity_abuse    hold    ya 3abeed
identity_abuse    hold    ya kilab
identity_abuse    hold    5anazeer
identity_abuse    hold    khanazeer
identity_abuse    hold    bahayem
identity_abuse    hold    bhayem
identity_abuse    hold    a7fad el qirada
identity_abuse    hold    a7fad el 2erde
# insults with no swearword
personal_attack   hold    mokhak fadi
personal_attack   hold    mo5ak fadi
personal_attack   hold    mokhak fade
personal_attack   hold    3a2lak zghir
personal_attack   hold    3aqlak sagheer
personal_attack   hold    ma btiswa
personal_attack   hold    ma tiswa
personal_attack   hold    ma teswa
personal_attack   hold    ya maskhara
personal_attack   hold    mas5ara
personal_attack   hold    ya jaban
personal_attack   hold    enta jaban
personal_attack   hold    ya 3ameel
personal_attack   hold    ya 3amil
personal_attack   hold    ahbal el day3a
personal_attack   hold    majnoon el 2arye
personal_attack   hold    ya jahel
personal_attack   hold    ya jahil
personal_attack   hold    tabbal
personal_attack   hold    thubab electroni
personal_attack   hold    dhobab electroni
personal_attack   hold    debab electrony
personal_attack   hold    3abeet
personal_attack   hold    ya 5abal
personal_attack   hold    ya khabal
personal_attack   hold    dalkh
personal_attack   hold    jarboo3
personal_attack   hold    ya matti
personal_attack   hold    zmal
personal_attack   hold    chalb
personal_attack   reject  ibn el chalb
personal_attack   hold    sarsari
personal_attack   hold    hetli
personal_attack   hold    ma3tooh
personal_attack   hold    mit5alif
personal_attack   hold    mot5alef
personal_attack   hold    ya tays
personal_attack   hold    ro7 e2ra el abraj
personal_attack   hold    roo7 i2ra el abraj
personal_attack   hold    ro7 t3allam
personal_attack   hold    enta fashel
# veiled threats
threat            hold    mne3ref share3ak
threat            hold    n3rf shar3ak
threat            hold    mne3ref ra2m betak
threat            hold    n3rf ra2m baitak
threat            hold    mne3ref wladak
threat            hold    ra7 nshoofak
threat            hold    ra7 nshofak
threat            hold    ra7 net2abal
threat            hold    ra7 nitla2a
threat            hold    khallih ykhaf
threat            hold    5allih y5af
threat            hold    5alli y5af
threat            hold    lazem y5af
threat            hold    lazim ykhaf
threat            hold    ma yemshi la7alo
threat            hold    ma yimshi wa7do
threat            hold    el 7awadeth btsir
threat            hold    el 7awades bt7sal
threat            hold    ra7 n7ki ma3o
threat            hold    ra7 nehki ma3o
threat            hold    ra7 nitfaham ma3o
threat            hold    ra7 nehji wiyah
threat            hold    el 7ara ma btensa
threat            hold    el man6e2a ma btensa
threat            hold    ra7 yet7ammal el 3awaqeb
threat            hold    ra7 tet7ammal el 3awaqeb
threat            hold    dars ma yensah
threat            hold    dars ma ra7 yensah
threat            hold    n3allmo dars
threat            hold    ra7 nrabbih
threat            hold    hanrabbih
threat            hold    e7r2o beto
threat            hold    7ar2o beto
threat            hold    e7r2o el jame3
# sexual and profane slang, conjugated and masked
vulgarity         reject  aneekoh
vulgarity         reject  anikoh
vulgarity         reject  aneekha
vulgarity         reject  anikha
vulgarity         reject  yneekak
vulgarity         reject  ynekak
vulgarity         reject  neek omak
vulgarity         reject  nik omak
vulgarity         reject  nik ommak
vulgarity         hold    nik
vulgarity         reject  zobbi
vulgarity         reject  zubbi
vulgarity         reject  6eezak
vulgarity         reject  6izak
vulgarity         hold    6eez
personal_attack   reject  sharmo6a
personal_attack   reject  sharmou6a
personal_attack   reject  sharmu6a
personal_attack   reject  shrmo6a
personal_attack   reject  q7ba
personal_attack   reject  k7ba
personal_attack   reject  ka7beh
personal_attack   reject  qa7beh
profanity         reject  ksmk
profanity         reject  kso5tak
profanity         reject  kos o5tak
profanity         reject  kos ukhtak
profanity         reject  kuss ekhtak
# single letters (dotted masks)
profanity         reject  k o s o m a k
profanity         reject  s h a r m o o t a
profanity         reject  s h a r m o t a
profanity         reject  m a n y o k
profanity         reject  k a 7 b a
profanity         hold    n e e k
profanity         reject  3 a r s
`;
