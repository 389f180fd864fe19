/** Italian abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term

# --- Swearwords, blasphemies, spelling variants ---
profanity         reject  cazzo
profanity         reject  cazzi
profanity         reject  cazzata
profanity         reject  cazzate
profanity         hold    cazzarola
profanity         reject  czz
profanity         reject  vaffanculo
profanity         reject  vaffanculi
profanity         reject  fanculo
profanity         reject  affanculo
profanity         reject  fankulo
profanity         reject  vaffankulo
profanity         reject  va a fare in culo
profanity         reject  vai a fare in culo
profanity         reject  andate a fare in culo
profanity         reject  minchia
profanity         reject  minchiata*
profanity         reject  porco dio
profanity         reject  porcodio
profanity         reject  dio porco
profanity         reject  dio cane
profanity         reject  diocane
profanity         reject  dio bestia
profanity         reject  porca madonna
profanity         reject  madonna puttana
profanity         reject  porca puttana
profanity         reject  porca troia
profanity         reject  figlio di puttana
profanity         reject  figli di puttana
profanity         reject  figlia di puttana
profanity         reject  figlio di troia
profanity         reject  figli di troia
profanity         hold    fdp
profanity         reject  rompicoglioni
profanity         reject  mi hai rotto i coglioni
profanity         reject  rompere i coglioni
profanity         reject  fuck*
profanity         hold    vaffa
profanity         hold    merda
profanity         hold    merde
profanity         hold    di merda
profanity         hold    incazzato*
profanity         hold    incazzata*
profanity         hold    sticazzi
profanity         hold    cazzo vuoi
profanity         hold    cazzone
profanity         hold    culo
profanity         hold    shit

# --- Insults to a person: strong (reject) ---
personal_attack   reject  stronzo
personal_attack   reject  stronza
personal_attack   reject  stronzi
personal_attack   reject  stronze
personal_attack   reject  stronzata
personal_attack   reject  stronzate
personal_attack   reject  coglione
personal_attack   reject  coglioni
personal_attack   reject  coglionata
personal_attack   reject  testa di cazzo
personal_attack   reject  teste di cazzo
personal_attack   reject  faccia di cazzo
personal_attack   reject  pezzo di merda
personal_attack   reject  pezzi di merda
personal_attack   reject  faccia di merda
personal_attack   reject  sacco di merda
personal_attack   reject  leccaculo
personal_attack   reject  succhiacazzi
personal_attack   reject  puttana
personal_attack   reject  puttane
personal_attack   reject  puttanella
personal_attack   reject  zoccola
personal_attack   reject  zoccole
personal_attack   reject  mignotta
personal_attack   reject  mignotte
personal_attack   reject  baldracca*
personal_attack   reject  sgualdrina*
personal_attack   reject  bagascia*
personal_attack   reject  bocchinara*
personal_attack   reject  troietta
personal_attack   reject  bitch*

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiota
personal_attack   hold    idioti
personal_attack   hold    imbecille*
personal_attack   hold    cretino*
personal_attack   hold    cretina*
personal_attack   hold    deficiente*
personal_attack   hold    scemo
personal_attack   hold    scema
personal_attack   hold    scemi
personal_attack   hold    stupido
personal_attack   hold    stupida
personal_attack   hold    stupidi
personal_attack   hold    demente
personal_attack   hold    ritardato*
personal_attack   hold    ritardata
personal_attack   hold    mongoloide*
personal_attack   hold    handicappato*
personal_attack   hold    minorato*
personal_attack   hold    cerebroleso*
personal_attack   hold    sfigato*
personal_attack   hold    sfigata
personal_attack   hold    cornuto*
personal_attack   hold    cornuta
personal_attack   hold    bastardo*
personal_attack   hold    bastarda*
personal_attack   hold    infame*
personal_attack   hold    verme
personal_attack   hold    vermi
personal_attack   hold    feccia
personal_attack   hold    schifoso*
personal_attack   hold    pagliaccio*
personal_attack   hold    buffone*
personal_attack   hold    troia
personal_attack   hold    troie
personal_attack   hold    vacca
personal_attack   hold    cagna
personal_attack   hold    traditore*
personal_attack   hold    pedofilo*
personal_attack   hold    stai zitto
personal_attack   hold    chiudi quella fogna
personal_attack   hold    parassiti

# --- Sexual / obscene ---
vulgarity         reject  pompino*
vulgarity         hold    bocchino
vulgarity         reject  segaiolo*
vulgarity         reject  chiavare
vulgarity         reject  scopami
vulgarity         reject  ti scopo
vulgarity         reject  inculare
vulgarity         reject  inculato*
vulgarity         reject  ti inculo
vulgarity         hold    figa
vulgarity         hold    fica
vulgarity         hold    scopare
vulgarity         hold    trombare
vulgarity         hold    tette
vulgarity         hold    chiappe
vulgarity         hold    porno
vulgarity         hold    sborra
vulgarity         hold    cazzuto

# --- Slurs and abuse of groups ---
identity_abuse    reject  frocio
identity_abuse    reject  froci
identity_abuse    reject  frocetto
identity_abuse    reject  ricchione*
identity_abuse    reject  recchione*
identity_abuse    reject  culattone*
identity_abuse    reject  busone
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  sporco negro
identity_abuse    reject  sporchi negri
identity_abuse    reject  negro di merda
identity_abuse    reject  negri di merda
identity_abuse    reject  sporco ebreo
identity_abuse    reject  sporchi ebrei
identity_abuse    reject  ebreo di merda
identity_abuse    reject  ebrei di merda
identity_abuse    reject  arabo di merda
identity_abuse    reject  arabi di merda
identity_abuse    reject  curdo di merda
identity_abuse    reject  curdi di merda
identity_abuse    reject  turco di merda
identity_abuse    reject  turchi di merda
identity_abuse    reject  musulmano di merda
identity_abuse    reject  musulmani di merda
identity_abuse    reject  zingaro di merda
identity_abuse    reject  zingari di merda
identity_abuse    reject  immigrati di merda
identity_abuse    reject  cristiani di merda
identity_abuse    reject  sporco musulmano
identity_abuse    reject  sporco arabo
identity_abuse    reject  sporco zingaro
identity_abuse    reject  terrone di merda
identity_abuse    reject  muso giallo
identity_abuse    reject  musi gialli
identity_abuse    reject  giudei di merda
identity_abuse    reject  sporchi giudei
identity_abuse    hold    negro
identity_abuse    hold    negri
identity_abuse    hold    negra
identity_abuse    hold    negretto
identity_abuse    hold    zingaro
identity_abuse    hold    zingari
identity_abuse    hold    zingara
identity_abuse    reject  zingaraccia
identity_abuse    hold    terrone
identity_abuse    hold    terroni
identity_abuse    hold    polentone*
identity_abuse    hold    crucco
identity_abuse    hold    crucchi
identity_abuse    hold    vu cumprà
identity_abuse    hold    cammelliere*
identity_abuse    hold    finocchio
identity_abuse    hold    finocchi
identity_abuse    hold    checca
identity_abuse    hold    lesbicona
identity_abuse    hold    trans di merda
identity_abuse    hold    risorse boldriniane
identity_abuse    hold    risorse della boldrini
identity_abuse    hold    sostituzione etnica
identity_abuse    hold    remigrazione
identity_abuse    hold    feminazi*
identity_abuse    hold    tornatene a casa tua
identity_abuse    hold    tornatevene a casa vostra
identity_abuse    hold    tornate a casa vostra
identity_abuse    hold    tornatevene in africa
identity_abuse    hold    prima gli italiani

# --- Threats (always need a human) ---
threat            hold    ti ammazzo
threat            hold    vi ammazzo
threat            hold    ti ammazzeremo
threat            hold    vi ammazziamo
threat            hold    ti uccido
threat            hold    ti ucciderò
threat            hold    vi uccideremo
threat            hold    ti faccio fuori
threat            hold    ti spacco la faccia
threat            hold    ti spacco la testa
threat            hold    ti rompo la faccia
threat            hold    ti sgozzo
threat            hold    ti taglio la gola
threat            hold    ti sparo
threat            hold    una pallottola in testa
threat            hold    ti vengo a prendere
threat            hold    ti veniamo a prendere
threat            hold    so dove abiti
threat            hold    sappiamo dove abiti
threat            hold    so dove vivi
threat            hold    sappiamo dove vivi
threat            hold    la pagherai
threat            hold    me la pagherai
threat            hold    ce la pagherai
threat            hold    te la faremo pagare
threat            hold    te la farò pagare
threat            hold    guardati le spalle
threat            hold    sei un uomo morto
threat            hold    sei morto
threat            hold    bisogna ammazzarli
threat            hold    ammazzarli tutti
threat            hold    impiccarli tutti
threat            hold    tutti al muro
threat            hold    tutti nei forni
threat            hold    nelle camere a gas
threat            hold    devi morire
threat            hold    dovete morire
threat            hold    crepate
threat            hold    morte agli ebrei
threat            hold    morte agli arabi
threat            hold    morte ai curdi
threat            hold    morte ai turchi
threat            hold    morte ai musulmani
threat            hold    morte ai cristiani
threat            hold    morte agli infedeli
threat            hold    morte agli immigrati
threat            hold    morte ai traditori
threat            hold    morte a israele

# --- Promotion / spam ---
promotion         reject  visita il mio profilo
promotion         reject  guarda il mio profilo
promotion         reject  clicca sul mio profilo
promotion         reject  guadagna soldi
promotion         reject  guadagnare soldi da casa
promotion         reject  guadagna da casa
promotion         reject  lavoro da casa
promotion         reject  lavora da casa
promotion         reject  compra ora
promotion         reject  compra subito
promotion         reject  ordina ora
promotion         reject  codice sconto
promotion         reject  codice promozionale
promotion         reject  spedizione gratuita
promotion         reject  offerta limitata
promotion         reject  casinò online
promotion         reject  incontri piccanti
promotion         reject  scrivimi su whatsapp
promotion         reject  contattami su whatsapp
promotion         reject  viagra
promotion         hold    whatsapp
promotion         hold    clicca qui
promotion         hold    gratis
promotion         hold    gratuito
promotion         hold    sconto
promotion         hold    sconti
promotion         hold    reddito passivo
promotion         hold    euro al giorno
promotion         hold    soldi facili
promotion         hold    diventa ricco
promotion         hold    bitcoin
promotion         hold    scommesse
promotion         hold    prestito veloce
promotion         hold    iscriviti

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    sappiamo dove abita
threat            hold    sappiamo dove abitate
threat            hold    so dove abita
threat            hold    sappiamo dove lavori
threat            hold    sappiamo dove lavora
threat            hold    so dove lavori
threat            hold    sappiamo dove parcheggi
threat            hold    sappiamo dove vive
threat            hold    conosciamo casa tua
threat            hold    conosciamo la tua casa
threat            hold    conosciamo il tuo indirizzo
threat            hold    abbiamo il tuo indirizzo
threat            hold    conosciamo la tua macchina
threat            hold    conosciamo la tua famiglia
threat            hold    il tuo giorno arriverà
threat            hold    il suo giorno arriverà
threat            hold    arriverà il tuo momento
threat            hold    verrà il tuo turno
threat            hold    prima o poi la paghi
threat            hold    la pagherà
threat            hold    la pagheranno
threat            hold    la pagherete
threat            hold    gliela faremo pagare
threat            hold    pagherà caro
threat            hold    pagherai caro
threat            hold    farebbe bene a stare attento
threat            hold    faresti bene a stare attento
threat            hold    meglio che stia attento
threat            hold    meglio che stai attento
threat            hold    quando torni a casa da solo
threat            hold    quando torna a casa da solo
threat            hold    ti aspetteremo
threat            hold    lo aspetteremo
threat            hold    ti aspettiamo fuori
threat            hold    ti aspetto fuori
threat            hold    ti aspetto sotto casa
threat            hold    ti aspettiamo sotto casa
threat            hold    dopo la partita ti aspettiamo
threat            hold    quelli come te spariscono
threat            hold    quelli come lui spariscono
threat            hold    gente come te sparisc*
threat            hold    gente come lui sparisc*
threat            hold    non vivrai abbastanza
threat            hold    non vivrà abbastanza
threat            hold    non vivrai a lungo
threat            hold    hai i giorni contati
threat            hold    ha i giorni contati
threat            hold    i tuoi giorni sono contati
threat            hold    ti succederà qualcosa
threat            hold    gli succederà qualcosa
threat            hold    potrebbe succederti qualcosa
threat            hold    un incidente capita a tutti
threat            hold    finirai male
threat            hold    bruceremo tutto
threat            hold    ti bruciamo
threat            hold    casa tua brucerà
threat            hold    la moschea brucerà
threat            hold    daremo fuoco
threat            hold    gli diamo fuoco
threat            hold    ti faremo visita
threat            hold    gli faremo visita
threat            hold    ti faremo una visitina
threat            hold    veniamo a trovarti
threat            hold    verremo a casa tua
threat            hold    nessuno ti proteggerà
threat            hold    nessuno lo proteggerà
threat            hold    nessuno potrà proteggerti
threat            hold    non dormirai tranquillo
threat            hold    non dormirà tranquillo
threat            hold    gli spacco la faccia
threat            hold    gli rompo la faccia
threat            hold    ti spacco il muso
threat            hold    ti riempio di botte
threat            hold    merita una pallottola
# second pass: group generalisations and dehumanising words
identity_abuse    hold    tutti i musulmani sono
identity_abuse    hold    tutti gli arabi sono
identity_abuse    hold    tutti i curdi sono
identity_abuse    hold    tutti gli ebrei sono
identity_abuse    hold    tutti gli immigrati sono
identity_abuse    hold    tutti i rom sono
identity_abuse    hold    questi selvaggi
identity_abuse    hold    questa gente è
identity_abuse    hold    gentaglia
identity_abuse    hold    questa razza
identity_abuse    hold    razza inferiore
identity_abuse    hold    ce l'hanno nel sangue
identity_abuse    hold    nel loro dna
identity_abuse    hold    sono animali
identity_abuse    hold    sono bestie
identity_abuse    hold    queste bestie
identity_abuse    hold    sono scimmie
identity_abuse    hold    sono ratti
identity_abuse    hold    sono scarafaggi
identity_abuse    hold    subumani
identity_abuse    hold    rimandiamoli a casa
identity_abuse    hold    rimandateli a casa
identity_abuse    hold    tutti a casa loro
identity_abuse    hold    torna al tuo paese
identity_abuse    hold    tornatene al tuo paese
identity_abuse    hold    presunti profughi
identity_abuse    hold    finti profughi
# second pass: insults with no swearword
personal_attack   hold    cervello di gallina
personal_attack   hold    cervello da gallina
personal_attack   hold    cervello di passero
personal_attack   hold    torna a scuola
personal_attack   hold    non capisci niente
personal_attack   hold    non hai capito niente
personal_attack   hold    non hai capito nulla
personal_attack   hold    sei inutile
personal_attack   hold    buono a nulla
personal_attack   hold    buoni a nulla
personal_attack   hold    sei un somaro
personal_attack   hold    sei un bugiardo
personal_attack   hold    sei una bugiarda
personal_attack   hold    sei un parassita
personal_attack   hold    chiudi la bocca
personal_attack   hold    tappati la bocca
personal_attack   hold    sei un fallito
personal_attack   hold    rincoglionit*
personal_attack   hold    sei un ignorante
personal_attack   hold    capra ignorante
# second pass: sexual verbs and crude phrases
vulgarity         hold    scoparti
vulgarity         hold    scoparla
vulgarity         hold    me la scopo
vulgarity         hold    trombarla
vulgarity         hold    ti chiavo
vulgarity         hold    succhiamelo
vulgarity         hold    farsi una sega
vulgarity         hold    fatti una sega
vulgarity         hold    sborrare
vulgarity         hold    arrapato*
vulgarity         hold    arrapata
vulgarity         hold    a pecorina
vulgarity         hold    tettona*
profanity         hold    kazzo
# second pass: promotion
promotion         hold    instagram
promotion         hold    il mio insta
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    seguite il mio canale
promotion         hold    pagina facebook
promotion         hold    seguimi su
promotion         hold    link in bio
promotion         hold    scrivimi in privato
promotion         hold    contattami
promotion         hold    comodamente da casa
promotion         hold    prezzi bassi
promotion         hold    prezzi stracciati

# --- third pass: coded slurs, insults without swearwords, veiled threats, sexual slang and masked forms ---
# third pass: coded slurs and dog whistles
identity_abuse    hold    risorsa boldriniana
identity_abuse    hold    risorse di boldrini
identity_abuse    hold    boldriniani
identity_abuse    hold    risorsine
identity_abuse    hold    risorse palestrate
identity_abuse    hold    profughi da hotel
identity_abuse    hold    35 euro al giorno
identity_abuse    reject  negraccio*
identity_abuse    hold    bingo bongo
identity_abuse    hold    bingobongo
identity_abuse    hold    beduino
identity_abuse    hold    beduini
identity_abuse    hold    cammellieri
identity_abuse    reject  islamerda
identity_abuse    hold    islamici di merda
identity_abuse    hold    vucumprà
identity_abuse    reject  zingaraglia
identity_abuse    reject  zingarume
identity_abuse    reject  rom di merda
identity_abuse    hold    nomadi di merda
identity_abuse    hold    giudeo
identity_abuse    hold    giudei
identity_abuse    reject  ebreaccio*
identity_abuse    reject  frocione*
identity_abuse    hold    femminazi*
identity_abuse    hold    rimpatriateli tutti
identity_abuse    hold    rimandiamoli a casa loro
identity_abuse    hold    tornino a casa loro
identity_abuse    hold    tornatene nella giungla
identity_abuse    hold    tornatene nel deserto
identity_abuse    reject  mangiabanane
identity_abuse    hold    scimmione*
identity_abuse    hold    orango
identity_abuse    hold    buonista*
identity_abuse    hold    zecche rosse
identity_abuse    hold    zecca rossa
# third pass: insults with no swearword
personal_attack   hold    cervello di passerotto
personal_attack   hold    cervello di un passero
personal_attack   hold    tornatene a scuola
personal_attack   hold    torna alle elementari
personal_attack   hold    leggi l'oroscopo
personal_attack   hold    leggere l'oroscopo
personal_attack   hold    testa vuota
personal_attack   hold    zucca vuota
personal_attack   hold    noce vuota
personal_attack   hold    l'aria che respiri
personal_attack   hold    spreco di ossigeno
personal_attack   hold    scemo del villaggio
personal_attack   hold    idiota del villaggio
personal_attack   hold    burattino
personal_attack   hold    marionetta
personal_attack   hold    vigliacco*
personal_attack   hold    codardo*
personal_attack   hold    sei un coniglio
personal_attack   hold    lecchino
personal_attack   hold    sei uno zerbino
personal_attack   hold    babbeo*
personal_attack   hold    citrullo*
personal_attack   hold    beota
personal_attack   hold    decerebrato*
personal_attack   hold    minus habens
personal_attack   hold    mentecatto*
personal_attack   hold    analfabeta*
personal_attack   hold    impara a leggere
personal_attack   hold    impara l'italiano
personal_attack   hold    mi fai schifo
personal_attack   hold    fai pena
personal_attack   hold    quaquaraquà
personal_attack   hold    ominicchio
personal_attack   hold    mezza calzetta
personal_attack   hold    mezzasega
personal_attack   hold    vai a impiccarti
personal_attack   hold    vai ad ammazzarti
personal_attack   hold    buttati sotto un treno
personal_attack   hold    buttati dal ponte
# third pass: veiled threats
threat            hold    in che via abiti
threat            hold    in che via abita
threat            hold    abita in via
threat            hold    abiti in via
threat            hold    al civico
threat            hold    il tuo numero civico
threat            hold    ci rivedremo
threat            hold    ci vedremo presto
threat            hold    prima o poi ci incontreremo
threat            hold    goditela finché puoi
threat            hold    goditela finché dura
threat            hold    dovrebbe avere paura
threat            hold    dovresti avere paura
threat            hold    non andrei in giro da solo
threat            hold    non girerei da solo
threat            hold    gli incidenti capitano
threat            hold    gli incidenti succedono
threat            hold    due chiacchiere con lui
threat            hold    quattro chiacchiere con lui
threat            hold    il quartiere non dimentica
threat            hold    il quartiere non perdona
threat            hold    ci saranno conseguenze
threat            hold    ci saranno delle conseguenze
threat            hold    una lezione che non dimenticherà
threat            hold    una lezione che non dimenticherai
threat            hold    dargli una lezione
threat            hold    fuoco alla moschea
threat            hold    bruciare la moschea
threat            hold    brucia la moschea
threat            hold    fuoco ai campi rom
threat            hold    fuoco al campo rom
threat            hold    bruciate i campi rom
threat            hold    diamogli fuoco
threat            hold    veniamo a prenderti
threat            hold    verremo a prenderti
threat            hold    ti veniamo a trovare
threat            hold    ti veniamo a cercare
threat            hold    ti becchiamo
threat            hold    pensa ai tuoi figli
threat            hold    pensa alla tua famiglia
threat            hold    te ne pentirai
threat            hold    se ne pentirà
# third pass: sexual slang, conjugated and masked forms
vulgarity         hold    scopato
vulgarity         hold    scopata
vulgarity         hold    scopano
vulgarity         hold    chiavata*
vulgarity         hold    trombata
vulgarity         hold    sborra*
vulgarity         hold    fregna
vulgarity         hold    gnocca
# third pass: swearwords written letter by letter (c.a.z.z.o)
profanity         reject  c a z z o
profanity         hold    m e r d a
personal_attack   reject  s t r o n z o
profanity         reject  v a f f a n c u l o
personal_attack   reject  t r o i a
personal_attack   reject  p u t t a n a
profanity         reject  m i n c h i a
personal_attack   reject  c o g l i o n e
vulgarity         reject  f i g a
identity_abuse    reject  f r o c i o
personal_attack   hold    b a s t a r d o

# --- Calls to kill, hang or shoot (infinitives and wishes; reporting uses the past participle): hold ---
threat            hold    impiccarli
threat            hold    ammazzarli
threat            hold    fucilarli
threat            hold    sparargli
threat            hold    ammazzateli
threat            hold    che muoiano

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
identity_abuse    hold    tutti criminali
identity_abuse    hold    tutti delinquenti
threat            hold    sappiamo dove

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    dovrebbe stare attento
threat            hold    stia attento
threat            hold    parola mia
identity_abuse    hold    razza maledetta
identity_abuse    hold    bestiale per natura
vulgarity         reject  succhiarmelo
personal_attack   hold    povera ignorante
personal_attack   hold    povero ignorante
personal_attack   hold    un parassita
`;
