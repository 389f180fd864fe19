/** Portuguese abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term

# --- Swearwords (Brazil and Portugal), spelling variants and abbreviations ---
profanity         reject  caralho
profanity         reject  caralhos
profanity         reject  krl
profanity         reject  crl
profanity         reject  filho da puta
profanity         reject  filhos da puta
profanity         reject  filha da puta
profanity         reject  filho de uma puta
profanity         reject  puta que pariu
profanity         reject  puta que o pariu
profanity         reject  pqp
profanity         reject  foda
profanity         reject  fodase
profanity         reject  foda se
profanity         reject  foder
profanity         reject  fodido*
profanity         reject  fodida*
profanity         reject  fodeu
profanity         reject  fodam
profanity         reject  vai te foder
profanity         reject  vai se foder
profanity         reject  vão se foder
profanity         reject  vsf
profanity         reject  vai tomar no cu
profanity         reject  vai tomar no rabo
profanity         reject  tomar no cu
profanity         reject  vtnc
profanity         hold    tnc
profanity         reject  vai pra puta que pariu
profanity         reject  vai à merda
profanity         reject  vai pra merda
profanity         hold    vai cagar
profanity         reject  pau no cu
profanity         reject  fuck*
profanity         hold    fdp
profanity         hold    porra
profanity         hold    prr
profanity         hold    merda
profanity         hold    merdas
profanity         hold    de merda
profanity         hold    bosta
profanity         hold    cacete
profanity         hold    puta merda
profanity         hold    cagar
profanity         hold    cu
profanity         hold    shit

# --- Insults to a person: strong (reject) ---
personal_attack   hold    arrombado
personal_attack   hold    arrombados
personal_attack   hold    arrombada
personal_attack   hold    arrombadas
personal_attack   reject  cuzão
personal_attack   reject  cuzões
personal_attack   reject  cabrão
personal_attack   reject  cabrões
personal_attack   reject  chupa pica
personal_attack   reject  chupa rola
personal_attack   reject  puta
personal_attack   reject  putas
personal_attack   reject  putinha
personal_attack   hold    vadia
personal_attack   hold    vadias
personal_attack   hold    vagabunda
personal_attack   reject  quenga*
personal_attack   hold    biscate
personal_attack   reject  galdéria
personal_attack   reject  pedaço de merda
personal_attack   reject  monte de merda
personal_attack   reject  bitch*
personal_attack   reject  escória humana

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiota
personal_attack   hold    idiotas
personal_attack   hold    imbecil
personal_attack   hold    imbecis
personal_attack   hold    estúpido*
personal_attack   hold    estúpida*
personal_attack   hold    burro de merda
personal_attack   hold    otário*
personal_attack   hold    otária*
personal_attack   hold    babaca*
personal_attack   hold    panaca*
personal_attack   hold    trouxa*
personal_attack   hold    cretino*
personal_attack   hold    cretina*
personal_attack   hold    débil mental
personal_attack   hold    retardado
personal_attack   hold    retardados
personal_attack   hold    retardada
personal_attack   hold    mongoloide*
personal_attack   hold    mongol
personal_attack   hold    palhaço
personal_attack   hold    canalha*
personal_attack   hold    desgraçado*
personal_attack   hold    desgraçada*
personal_attack   hold    vagabundo*
personal_attack   hold    safado*
personal_attack   hold    safada*
personal_attack   hold    escroto*
personal_attack   hold    escrota*
personal_attack   hold    corno*
personal_attack   hold    corna
personal_attack   hold    bastardo*
personal_attack   hold    puto
personal_attack   hold    vaca
personal_attack   hold    piranha
personal_attack   hold    verme
personal_attack   hold    escória
personal_attack   hold    lixo humano
personal_attack   hold    parasitas
personal_attack   hold    traidor*
personal_attack   hold    pedófilo*
personal_attack   hold    cala a boca
personal_attack   hold    cala-te
personal_attack   hold    cala a tua boca

# --- Sexual / obscene ---
vulgarity         reject  buceta*
vulgarity         hold    boceta*
vulgarity         reject  xoxota*
vulgarity         reject  xereca*
vulgarity         reject  punheta*
vulgarity         reject  punheteiro*
vulgarity         reject  putaria
vulgarity         reject  chupa meu pau
vulgarity         reject  siririca
vulgarity         reject  piroca*
vulgarity         reject  caralhinho
vulgarity         hold    pica
vulgarity         hold    pila
vulgarity         hold    rabo
vulgarity         hold    bunda
vulgarity         hold    tetas
vulgarity         hold    transar
vulgarity         hold    tesão
vulgarity         hold    gostosa
vulgarity         hold    porno
vulgarity         hold    broxa
vulgarity         hold    cona
vulgarity         hold    chupar

# --- Slurs and abuse of groups ---
identity_abuse    reject  viado
identity_abuse    reject  viados
identity_abuse    reject  viadinho
identity_abuse    reject  boiola*
identity_abuse    reject  baitola*
identity_abuse    reject  paneleiro*
identity_abuse    reject  paneleirote
identity_abuse    reject  maricas
identity_abuse    reject  traveco*
identity_abuse    reject  fufa
identity_abuse    reject  fufas
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  macaco imundo
identity_abuse    reject  preto de merda
identity_abuse    reject  pretos de merda
identity_abuse    reject  negro de merda
identity_abuse    reject  negros de merda
identity_abuse    reject  judeu de merda
identity_abuse    reject  judeus de merda
identity_abuse    reject  árabe de merda
identity_abuse    reject  árabes de merda
identity_abuse    reject  curdo de merda
identity_abuse    reject  curdos de merda
identity_abuse    reject  turco de merda
identity_abuse    reject  muçulmano de merda
identity_abuse    reject  muçulmanos de merda
identity_abuse    reject  cigano de merda
identity_abuse    reject  ciganos de merda
identity_abuse    reject  imigrante de merda
identity_abuse    reject  imigrantes de merda
identity_abuse    reject  cristãos de merda
identity_abuse    reject  viado de merda
identity_abuse    reject  monhé*
identity_abuse    hold    veado
identity_abuse    hold    veados
identity_abuse    hold    bicha
identity_abuse    hold    bichas
identity_abuse    hold    bichona
identity_abuse    hold    sapatão
identity_abuse    hold    sapatona
identity_abuse    hold    macaco
identity_abuse    hold    macacos
identity_abuse    hold    macaca
identity_abuse    hold    crioulo
identity_abuse    hold    crioula
identity_abuse    hold    tição
identity_abuse    hold    neguinho
identity_abuse    hold    zuca*
identity_abuse    hold    feminazi*
identity_abuse    hold    substituição étnica
identity_abuse    hold    grande substituição
identity_abuse    hold    remigração
identity_abuse    hold    volta pra tua terra
identity_abuse    hold    volta para a tua terra
identity_abuse    hold    volta pro teu país
identity_abuse    hold    volta para o teu país
identity_abuse    hold    voltem para a vossa terra
identity_abuse    hold    portugal aos portugueses

# --- Threats (always need a human) ---
threat            hold    vou te matar
threat            hold    vou matar-te
threat            hold    vou matar você
threat            hold    vamos te matar
threat            hold    vamos matar-te
threat            hold    vamos matar vocês
threat            hold    te mato
threat            hold    mato-te
threat            hold    vou te pegar
threat            hold    vou-te apanhar
threat            hold    vou quebrar tua cara
threat            hold    vou partir-te a cara
threat            hold    vou te encher de porrada
threat            hold    um tiro na cabeça
threat            hold    te dou um tiro
threat            hold    vou te dar um tiro
threat            hold    eu sei onde você mora
threat            hold    sei onde você mora
threat            hold    sei onde moras
threat            hold    sabemos onde você mora
threat            hold    sabemos onde moras
threat            hold    você vai pagar
threat            hold    vais pagar
threat            hold    vai pagar caro
threat            hold    vais pagar caro
threat            hold    você vai se arrepender
threat            hold    vais-te arrepender
threat            hold    cuidado com as costas
threat            hold    você está morto
threat            hold    estás morto
threat            hold    és um homem morto
threat            hold    tem que matar todos
threat            hold    tem que morrer
threat            hold    têm de morrer
threat            hold    bandido bom é bandido morto
threat            hold    paredão neles
threat            hold    que morram todos
threat            hold    morre desgraçado
threat            hold    morte aos judeus
threat            hold    morte aos árabes
threat            hold    morte aos curdos
threat            hold    morte aos turcos
threat            hold    morte aos muçulmanos
threat            hold    morte aos cristãos
threat            hold    morte aos infiéis
threat            hold    morte aos imigrantes
threat            hold    morte aos traidores
threat            hold    morte a israel

# --- Promotion / spam ---
promotion         reject  visite meu perfil
promotion         reject  visita o meu perfil
promotion         reject  clica no meu perfil
promotion         reject  clique no meu perfil
promotion         reject  ganhe dinheiro
promotion         reject  ganhar dinheiro em casa
promotion         reject  ganhe dinheiro em casa
promotion         reject  trabalhe em casa
promotion         reject  trabalho em casa
promotion         reject  compre agora
promotion         reject  compre já
promotion         reject  cupom de desconto
promotion         reject  código de desconto
promotion         reject  frete grátis
promotion         reject  portes grátis
promotion         reject  oferta limitada
promotion         reject  cassino online
promotion         reject  casino online
promotion         reject  me chama no whatsapp
promotion         reject  me chama no zap
promotion         reject  chama no zap
promotion         reject  manda mensagem no whatsapp
promotion         reject  viagra
promotion         hold    whatsapp
promotion         hold    zap
promotion         hold    clique aqui
promotion         hold    clica aqui
promotion         hold    grátis
promotion         hold    desconto
promotion         hold    descontos
promotion         hold    renda extra
promotion         hold    renda passiva
promotion         hold    rendimento passivo
promotion         hold    dinheiro fácil
promotion         hold    fique rico
promotion         hold    reais por dia
promotion         hold    euros por dia
promotion         hold    bitcoin
promotion         hold    apostas
promotion         hold    empréstimo rápido
promotion         hold    inscreva-se
promotion         hold    inscreve-te

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    sabemos onde ele mora
threat            hold    sabemos onde ela mora
threat            hold    sabemos onde vocês moram
threat            hold    sei onde ele mora
threat            hold    sei onde ela mora
threat            hold    sabemos onde você trabalha
threat            hold    sabemos onde trabalhas
threat            hold    sabemos onde ele trabalha
threat            hold    sabemos onde vives
threat            hold    sabemos onde você estaciona
threat            hold    conhecemos a tua casa
threat            hold    conhecemos sua casa
threat            hold    conhecemos a sua casa
threat            hold    conhecemos o teu carro
threat            hold    conhecemos o seu carro
threat            hold    temos o teu endereço
threat            hold    temos o seu endereço
threat            hold    temos seu endereço
threat            hold    conhecemos a tua família
threat            hold    conhecemos sua família
threat            hold    teu dia vai chegar
threat            hold    seu dia vai chegar
threat            hold    tua hora vai chegar
threat            hold    sua hora vai chegar
threat            hold    teus dias estão contados
threat            hold    seus dias estão contados
threat            hold    ele vai pagar
threat            hold    ela vai pagar
threat            hold    eles vão pagar
threat            hold    vão pagar caro
threat            hold    isso não vai ficar assim
threat            hold    é melhor ele tomar cuidado
threat            hold    é melhor você tomar cuidado
threat            hold    melhor tomar cuidado
threat            hold    quando voltar sozinho
threat            hold    quando voltares sozinho
threat            hold    estaremos te esperando
threat            hold    estaremos à tua espera
threat            hold    vamos te esperar
threat            hold    te pego lá fora
threat            hold    te pego na saída
threat            hold    te espero lá fora
threat            hold    gente como você desaparec*
threat            hold    gente como tu desaparec*
threat            hold    gente como ele desaparec*
threat            hold    não vais viver para ver
threat            hold    não vai viver para ver
threat            hold    não vai viver muito
threat            hold    algo vai te acontecer
threat            hold    algo vai acontecer com você
threat            hold    vai te acontecer alguma coisa
threat            hold    pode te acontecer alguma coisa
threat            hold    cuidado com os teus filhos
threat            hold    tua casa vai arder
threat            hold    a casa dele vai arder
threat            hold    vamos queimar tudo
threat            hold    vamos tacar fogo
threat            hold    vamos pôr fogo
threat            hold    vamos te fazer uma visita
threat            hold    vamos fazer-te uma visita
threat            hold    vamos na tua casa
threat            hold    ninguém vai te proteger
threat            hold    ninguém te vai proteger
threat            hold    ninguém vai proteger você
threat            hold    não vais dormir descansado
threat            hold    não vai dormir em paz
threat            hold    vou quebrar a cara dele
threat            hold    vou quebrar a sua cara
threat            hold    vou partir-lhe a cara
threat            hold    vou te dar uma surra
threat            hold    vou te arrebentar
threat            hold    merece um tiro
threat            hold    cpf cancelado
# second pass: group generalisations and dehumanising words
identity_abuse    hold    todos os muçulmanos são
identity_abuse    hold    todos os árabes são
identity_abuse    hold    todos os curdos são
identity_abuse    hold    todos os judeus são
identity_abuse    hold    todos os negros são
identity_abuse    hold    todos os imigrantes são
identity_abuse    hold    todos os ciganos são
identity_abuse    hold    esses selvagens
identity_abuse    hold    essa gente é
identity_abuse    hold    gentalha
identity_abuse    hold    essa raça
identity_abuse    hold    raça inferior
identity_abuse    hold    está no sangue deles
identity_abuse    hold    são animais
identity_abuse    hold    esses animais
identity_abuse    hold    são ratos
identity_abuse    hold    são baratas
identity_abuse    hold    são vermes
identity_abuse    hold    sub humanos
identity_abuse    hold    mandem todos embora
identity_abuse    hold    volta pra sua terra
identity_abuse    hold    volta para o seu país
identity_abuse    hold    supostos refugiados
identity_abuse    hold    falsos refugiados
# second pass: insults with no swearword
personal_attack   hold    cérebro de galinha
personal_attack   hold    cérebro de passarinho
personal_attack   hold    volta para a escola
personal_attack   hold    volta pra escola
personal_attack   hold    não entendes nada
personal_attack   hold    você não entende nada
personal_attack   hold    és um inútil
personal_attack   hold    você é um inútil
personal_attack   hold    seu inútil
personal_attack   hold    seu burro
personal_attack   hold    seu mentiroso
personal_attack   hold    és um mentiroso
personal_attack   hold    seu parasita
personal_attack   hold    fecha a boca
personal_attack   hold    fecha a matraca
personal_attack   hold    cala essa boca
personal_attack   hold    sua anta
personal_attack   hold    seu jumento
personal_attack   hold    seu ignorante
personal_attack   hold    bando de gado
# second pass: sexual verbs and crude phrases
vulgarity         hold    vou te comer
vulgarity         hold    vou comer ela
vulgarity         hold    comi ela
vulgarity         hold    fuder
vulgarity         hold    fudido*
vulgarity         hold    fudeu
vulgarity         hold    fudendo
vulgarity         hold    boquete
vulgarity         hold    mamada
vulgarity         hold    minha rola
vulgarity         hold    gozei
vulgarity         hold    comer você
vulgarity         hold    manda nudes
vulgarity         hold    xota
vulgarity         hold    xvideos
# second pass: promotion
promotion         hold    instagram
promotion         hold    meu insta
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    se inscreve no meu canal
promotion         hold    página do facebook
promotion         hold    me segue
promotion         hold    sigam-me
promotion         hold    link na bio
promotion         hold    chama no privado
promotion         hold    chama na dm
promotion         hold    wpp
promotion         hold    zapzap
promotion         hold    sem sair de casa
promotion         hold    preços baixos

# --- third pass: coded slurs, insults without swearwords, veiled threats, sexual slang and masked forms ---
# third pass: coded slurs and dog whistles
identity_abuse    reject  pretalhada
identity_abuse    hold    ciganada
identity_abuse    hold    ciganagem
identity_abuse    hold    chinoca*
identity_abuse    hold    carcamano*
identity_abuse    hold    bugre
identity_abuse    hold    bugres
identity_abuse    hold    índio de merda
identity_abuse    hold    cabeça chata
identity_abuse    reject  nordestino de merda
identity_abuse    hold    bichinha
identity_abuse    hold    larilas
identity_abuse    hold    judeu safado
identity_abuse    hold    judeus safados
identity_abuse    hold    judiaria
identity_abuse    hold    escurinho
identity_abuse    hold    crioulos
identity_abuse    hold    macaquito*
identity_abuse    hold    esses invasores
identity_abuse    hold    estes invasores
identity_abuse    hold    vai pra tua terra
identity_abuse    hold    volta pra selva
identity_abuse    hold    vai comer banana
identity_abuse    hold    esquerdopata*
identity_abuse    hold    petralha*
identity_abuse    hold    bolsominion*
# third pass: insults with no swearword
personal_attack   hold    cabeça de vento
personal_attack   hold    cabeça oca
personal_attack   hold    noz vazia
personal_attack   hold    vai ler o horóscopo
personal_attack   hold    vai ler horóscopo
personal_attack   hold    o ar que respira
personal_attack   hold    o ar que respiras
personal_attack   hold    idiota da aldeia
personal_attack   hold    bobo da corte
personal_attack   hold    és um palhaço
personal_attack   hold    você é um palhaço
personal_attack   hold    seu palhaço
personal_attack   hold    que palhaço
personal_attack   hold    fantoche*
personal_attack   hold    marionete
personal_attack   hold    marioneta
personal_attack   hold    covarde*
personal_attack   hold    cobarde*
personal_attack   hold    pau mandado
personal_attack   hold    capacho
personal_attack   hold    puxa saco
personal_attack   hold    lambe botas
personal_attack   hold    baba ovo
personal_attack   hold    trouxa
personal_attack   hold    analfabeto*
personal_attack   hold    aprende a ler
personal_attack   hold    vai aprender a ler
personal_attack   hold    não entende nada
personal_attack   hold    não percebes nada
personal_attack   hold    energúmeno*
personal_attack   hold    acéfalo*
personal_attack   hold    vai se matar
personal_attack   hold    enforca te
personal_attack   hold    atira te de uma ponte
# third pass: veiled threats
threat            hold    em que rua moras
threat            hold    em que rua você mora
threat            hold    em que rua mora
threat            hold    mora na rua
threat            hold    moras na rua
threat            hold    mora no número
threat            hold    ainda nos vamos ver
threat            hold    a gente ainda se encontra
threat            hold    ainda nos encontramos
threat            hold    aproveita enquanto podes
threat            hold    aproveita enquanto pode
threat            hold    aproveita enquanto dura
threat            hold    devia ter medo
threat            hold    deveria ter medo
threat            hold    que tenha medo
threat            hold    eu não andaria sozinho
threat            hold    eu não andava sozinho
threat            hold    não andaria sozinha
threat            hold    acidentes acontecem
threat            hold    acidente acontece
threat            hold    uma conversinha com ele
threat            hold    o bairro não esquece
threat            hold    a quebrada não esquece
threat            hold    vai haver consequências
threat            hold    haverá consequências
threat            hold    vai ter consequências
threat            hold    uma lição que não vai esquecer
threat            hold    uma lição que nunca vai esquecer
threat            hold    dar uma lição nele
threat            hold    botar fogo na mesquita
threat            hold    pôr fogo na mesquita
threat            hold    tacar fogo na mesquita
threat            hold    queimar a mesquita
threat            hold    fogo na mesquita
threat            hold    tocar fogo
threat            hold    botar fogo
threat            hold    meter fogo
threat            hold    vamos te buscar
threat            hold    vamos te pegar
threat            hold    vamos atrás de ti
threat            hold    vamos atrás de você
threat            hold    pensa nos teus filhos
threat            hold    pensa nos seus filhos
threat            hold    pensa na tua família
threat            hold    pensa na sua família
threat            hold    vai se arrepender
# third pass: sexual slang, conjugated and masked forms
vulgarity         hold    fodendo
vulgarity         hold    fodida
vulgarity         reject  te fodo
vulgarity         reject  dar o cu
vulgarity         hold    bronha
vulgarity         hold    boquete*
# third pass: swearwords written letter by letter (c.a.r.a.l.h.o)
profanity         reject  c a r a l h o
profanity         hold    p o r r a
profanity         hold    m e r d a
profanity         reject  f o d a s e
personal_attack   reject  p u t a
vulgarity         reject  b u c e t a
identity_abuse    reject  v i a d o
profanity         reject  p u t a q u e p a r i u
personal_attack   hold    o t a r i o
vulgarity         hold    c a c e t e
vulgarity         reject  p i r o c a
vulgarity         reject  f o d e r

# --- Calls to kill, hang or shoot (infinitives and wishes; reporting uses the past participle): hold ---
threat            hold    matá los
threat            hold    matar todos
threat            hold    enforcá los
threat            hold    fuzilá los
threat            hold    enforcar
threat            hold    fuzilar
threat            hold    que morram

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
identity_abuse    hold    todos bandidos
identity_abuse    hold    todos criminosos
threat            hold    sabemos onde

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    sei onde mora
threat            hold    que se cuide
threat            hold    vai pagar com o couro
personal_attack   hold    burro que nem uma porta
`;
