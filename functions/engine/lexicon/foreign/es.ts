/** Spanish abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term

# --- Swearwords, spelling variants and abbreviations ---
profanity         reject  hijo de puta
profanity         reject  hijos de puta
profanity         reject  hija de puta
profanity         reject  hijoputa*
profanity         reject  hijueputa*
profanity         reject  jueputa
profanity         reject  hdp
profanity         reject  hdpm
profanity         reject  tu puta madre
profanity         reject  su puta madre
profanity         reject  la puta que te parió
profanity         reject  la puta que los parió
profanity         reject  me cago en tu madre
profanity         reject  me cago en tus muertos
profanity         reject  me cago en la puta
profanity         reject  chinga tu madre
profanity         reject  chingada
profanity         reject  chingado
profanity         reject  chingar
profanity         reject  la concha de tu madre
profanity         reject  concha de tu madre
profanity         reject  conchetumare
profanity         reject  conchatumadre
profanity         hold    ctm
profanity         reject  jódete
profanity         reject  que te jodan
profanity         reject  que os jodan
profanity         reject  vete a la mierda
profanity         reject  idos a la mierda
profanity         reject  vete a la verga
profanity         reject  fuck*
profanity         hold    puta madre
profanity         hold    ptm
profanity         hold    csm
profanity         hold    joder
profanity         hold    jodido*
profanity         hold    jodida*
profanity         hold    mierda
profanity         hold    mierdas
profanity         hold    de mierda
profanity         hold    coño
profanity         hold    hostia
profanity         hold    hostias
profanity         hold    me cago en
profanity         hold    me cago en dios
profanity         hold    cagar
profanity         hold    pinche
profanity         hold    carajo
profanity         hold    puñeta
profanity         hold    puñetas
profanity         hold    shit

# --- Insults to a person: strong (reject) ---
personal_attack   reject  gilipollas
personal_attack   reject  cabrón
personal_attack   reject  cabrona
personal_attack   reject  cabrones
personal_attack   reject  cabronazo
personal_attack   reject  pendejo*
personal_attack   reject  pendeja*
personal_attack   reject  malparido*
personal_attack   reject  malparida*
personal_attack   reject  culiao*
personal_attack   reject  culiado*
personal_attack   reject  conchudo*
personal_attack   reject  conchuda*
personal_attack   reject  mamaguevo*
personal_attack   reject  mamahuevo*
personal_attack   reject  chupapollas
personal_attack   reject  careverga
personal_attack   reject  comemierda*
personal_attack   reject  soplapollas
personal_attack   reject  pedazo de mierda
personal_attack   reject  trozo de mierda
personal_attack   reject  puta
personal_attack   reject  putas
personal_attack   reject  putita
personal_attack   reject  putón
personal_attack   reject  puto
personal_attack   reject  putos
personal_attack   reject  zorra
personal_attack   reject  zorras
personal_attack   reject  guarra
personal_attack   reject  guarras
personal_attack   reject  furcia*
personal_attack   reject  ramera*
personal_attack   reject  perra sarnosa
personal_attack   reject  bitch*
personal_attack   reject  escoria humana

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiota*
personal_attack   hold    imbécil*
personal_attack   hold    estúpido*
personal_attack   hold    estúpida*
personal_attack   hold    tonto
personal_attack   hold    tontos
personal_attack   hold    tonta
personal_attack   hold    tarado*
personal_attack   hold    tarada*
personal_attack   hold    subnormal*
personal_attack   hold    retrasado*
personal_attack   hold    retrasada*
personal_attack   hold    mongólico*
personal_attack   hold    payaso
personal_attack   hold    capullo*
personal_attack   hold    gilipuertas
personal_attack   hold    boludo*
personal_attack   hold    boluda*
personal_attack   hold    pelotudo*
personal_attack   hold    pelotuda*
personal_attack   hold    huevón*
personal_attack   hold    weón*
personal_attack   hold    mamón
personal_attack   hold    pajero
personal_attack   hold    pajillero*
personal_attack   hold    perra
personal_attack   hold    golfa
personal_attack   hold    bastardo*
personal_attack   hold    basura humana
personal_attack   hold    escoria
personal_attack   hold    rata asquerosa
personal_attack   hold    traidor*
personal_attack   hold    vendepatrias
personal_attack   hold    cállate
personal_attack   hold    cierra el pico
personal_attack   hold    cierra la boca
personal_attack   hold    pedófilo*
personal_attack   hold    gonorrea

# --- Sexual / obscene ---
vulgarity         reject  verga
vulgarity         reject  vergas
vulgarity         reject  follar
vulgarity         reject  follando
vulgarity         reject  follada
vulgarity         reject  follarte
vulgarity         reject  te follo
vulgarity         reject  chúpamela
vulgarity         reject  mámamela
vulgarity         reject  puticlub*
vulgarity         hold    polla
vulgarity         hold    pollas
vulgarity         hold    pinga
vulgarity         hold    chocho
vulgarity         hold    concha
vulgarity         hold    culo
vulgarity         hold    tetas
vulgarity         hold    mamada
vulgarity         hold    cojones
vulgarity         hold    porno
vulgarity         hold    pornografía

# --- Slurs and abuse of groups ---
identity_abuse    reject  sudaca*
identity_abuse    reject  moraco*
identity_abuse    reject  negrata*
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  maricón*
identity_abuse    reject  maricona*
identity_abuse    hold    marica
identity_abuse    hold    maricas
identity_abuse    reject  bollera*
identity_abuse    reject  travelo*
identity_abuse    reject  joto
identity_abuse    reject  jotos
identity_abuse    reject  ching chong
identity_abuse    reject  moro de mierda
identity_abuse    reject  moros de mierda
identity_abuse    reject  negro de mierda
identity_abuse    reject  negros de mierda
identity_abuse    reject  judío de mierda
identity_abuse    reject  judíos de mierda
identity_abuse    reject  gitano de mierda
identity_abuse    reject  gitanos de mierda
identity_abuse    reject  sudaca de mierda
identity_abuse    reject  kurdo de mierda
identity_abuse    reject  kurdos de mierda
identity_abuse    reject  árabe de mierda
identity_abuse    reject  árabes de mierda
identity_abuse    reject  musulmán de mierda
identity_abuse    reject  musulmanes de mierda
identity_abuse    reject  inmigrante de mierda
identity_abuse    reject  inmigrantes de mierda
identity_abuse    reject  maricón de mierda
identity_abuse    reject  cristianos de mierda
identity_abuse    reject  turco de mierda
identity_abuse    reject  turcos de mierda
identity_abuse    hold    moro
identity_abuse    hold    moros
identity_abuse    hold    morisma
identity_abuse    hold    mariquita
identity_abuse    hold    mariposón
identity_abuse    hold    tortillera*
identity_abuse    hold    trolo
identity_abuse    hold    trolos
identity_abuse    hold    panchito*
identity_abuse    hold    charnego*
identity_abuse    hold    maketo*
identity_abuse    hold    cholo
identity_abuse    hold    indio de mierda
identity_abuse    hold    simio
identity_abuse    hold    simios
identity_abuse    hold    menas
identity_abuse    hold    feminazi*
identity_abuse    hold    perroflauta*
identity_abuse    hold    gran reemplazo
identity_abuse    hold    remigración
identity_abuse    hold    vete a tu país
identity_abuse    hold    volved a vuestro país
identity_abuse    hold    fuera moros
identity_abuse    hold    fuera inmigrantes
identity_abuse    hold    parásitos

# --- Threats (always need a human) ---
threat            hold    te voy a matar
threat            hold    os voy a matar
threat            hold    los voy a matar
threat            hold    te vamos a matar
threat            hold    os vamos a matar
threat            hold    te mato
threat            hold    te matamos
threat            hold    te voy a partir la cara
threat            hold    te parto la cara
threat            hold    te voy a reventar
threat            hold    te reviento
threat            hold    te voy a degollar
threat            hold    hay que matarlos
threat            hold    hay que matarlos a todos
threat            hold    hay que fusilarlos
threat            hold    hay que colgarlos
threat            hold    al paredón
threat            hold    sé dónde vives
threat            hold    sabemos dónde vives
threat            hold    vas a pagar
threat            hold    lo vas a pagar
threat            hold    me las vas a pagar
threat            hold    me la vas a pagar
threat            hold    lo pagarás
threat            hold    te vas a enterar
threat            hold    cuídate la espalda
threat            hold    cuida tu espalda
threat            hold    estás muerto
threat            hold    eres hombre muerto
threat            hold    un tiro en la cabeza
threat            hold    te voy a pegar un tiro
threat            hold    te voy a buscar
threat            hold    muerte a los judíos
threat            hold    muerte a los árabes
threat            hold    muerte a los kurdos
threat            hold    muerte a los moros
threat            hold    muerte a los musulmanes
threat            hold    muerte a los cristianos
threat            hold    muerte a los infieles
threat            hold    muerte a los inmigrantes
threat            hold    muerte a los traidores
threat            hold    muerte a israel
threat            hold    a la cámara de gas
threat            hold    muérete
threat            hold    ojalá te mueras
threat            hold    ojalá se mueran

# --- Promotion / spam ---
promotion         reject  visita mi perfil
promotion         reject  mira mi perfil
promotion         reject  haz clic en mi perfil
promotion         reject  gana dinero
promotion         reject  ganar dinero desde casa
promotion         reject  gana dinero desde casa
promotion         reject  trabaja desde casa
promotion         reject  trabajo desde casa
promotion         reject  compra ahora
promotion         reject  compra ya
promotion         reject  código de descuento
promotion         reject  código promocional
promotion         reject  envío gratis
promotion         reject  oferta limitada
promotion         reject  casino online
promotion         reject  chicas calientes
promotion         reject  escríbeme al whatsapp
promotion         reject  escríbeme por whatsapp
promotion         reject  contáctame por whatsapp
promotion         reject  viagra
promotion         hold    whatsapp
promotion         hold    haz clic aquí
promotion         hold    clic aquí
promotion         hold    gratis
promotion         hold    descuento
promotion         hold    descuentos
promotion         hold    oferta especial
promotion         hold    ingresos pasivos
promotion         hold    ingresos extra
promotion         hold    dinero fácil
promotion         hold    hazte rico
promotion         hold    bitcoin
promotion         hold    apuestas deportivas
promotion         hold    suscríbete
promotion         hold    regístrate
promotion         hold    préstamo rápido
promotion         hold    dólares al día
promotion         hold    euros al día

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    sabemos dónde vive
threat            hold    sabemos dónde viven
threat            hold    sabemos dónde vivís
threat            hold    sabemos dónde trabajas
threat            hold    sabemos dónde trabaja
threat            hold    sabemos dónde aparcas
threat            hold    sé dónde vive
threat            hold    sé dónde trabajas
threat            hold    conocemos tu casa
threat            hold    conocemos su casa
threat            hold    tenemos tu dirección
threat            hold    tenemos su dirección
threat            hold    conocemos tu coche
threat            hold    conocemos su coche
threat            hold    conocemos su mezquita
threat            hold    conocemos a tu familia
threat            hold    te llegará tu hora
threat            hold    le llegará su hora
threat            hold    ya llegará tu día
threat            hold    ya llegará su día
threat            hold    tu día llegará
threat            hold    su día llegará
threat            hold    tienes los días contados
threat            hold    tiene los días contados
threat            hold    sus días están contados
threat            hold    lo va a pagar
threat            hold    lo van a pagar
threat            hold    lo vais a pagar
threat            hold    lo pagará
threat            hold    me las pagará
threat            hold    más le vale tener cuidado
threat            hold    más te vale tener cuidado
threat            hold    que tenga cuidado
threat            hold    cuando vuelvas solo
threat            hold    cuando vuelva solo
threat            hold    te estaremos esperando
threat            hold    le estaremos esperando
threat            hold    os estaremos esperando
threat            hold    te esperamos a la salida
threat            hold    te espero a la salida
threat            hold    te esperamos fuera
threat            hold    gente como tú desaparec*
threat            hold    gente como él desaparec*
threat            hold    gente como vosotros desaparec*
threat            hold    no vivirás para ver
threat            hold    no vivirá para ver
threat            hold    no vivirás mucho
threat            hold    algo te va a pasar
threat            hold    algo le va a pasar
threat            hold    te puede pasar algo
threat            hold    le puede pasar algo
threat            hold    un accidente lo tiene cualquiera
threat            hold    tu casa va a arder
threat            hold    su casa va a arder
threat            hold    la mezquita va a arder
threat            hold    vamos a quemar*
threat            hold    lo quemaremos
threat            hold    hay que quemar
threat            hold    vamos a prenderle fuego
threat            hold    te haremos una visita
threat            hold    le haremos una visita
threat            hold    iremos a tu casa
threat            hold    nadie te va a proteger
threat            hold    nadie le va a proteger
threat            hold    nadie te protegerá
threat            hold    no dormirás tranquilo
threat            hold    no va a dormir tranquilo
threat            hold    te voy a romper la cara
threat            hold    le voy a romper la cara
threat            hold    le voy a partir la cara
threat            hold    te voy a dar una paliza
threat            hold    le vamos a dar una paliza
threat            hold    merece un tiro
# second pass: group generalisations and dehumanising words
identity_abuse    hold    todos los musulmanes son
identity_abuse    hold    todos los gitanos son
identity_abuse    hold    todos los árabes son
identity_abuse    hold    todos los judíos son
identity_abuse    hold    todos los negros son
identity_abuse    hold    todos los inmigrantes son
identity_abuse    hold    son todos unos
identity_abuse    hold    esa gente es
identity_abuse    hold    gentuza
identity_abuse    hold    esa raza
identity_abuse    hold    lo llevan en la sangre
identity_abuse    hold    son unos animales
identity_abuse    hold    son animales
identity_abuse    hold    esos animales
identity_abuse    hold    son ratas
identity_abuse    hold    esas ratas
identity_abuse    hold    son cucarachas
identity_abuse    hold    esos monos
identity_abuse    hold    alimañas
identity_abuse    hold    infrahumanos
identity_abuse    hold    echarlos a todos
identity_abuse    hold    que se vuelvan a su país
identity_abuse    hold    vuélvete a tu país
identity_abuse    hold    supuestos refugiados
identity_abuse    hold    falsos refugiados
# second pass: insults with no swearword
personal_attack   hold    cerebro de mosquito
personal_attack   hold    cerebro de pájaro
personal_attack   hold    cerebro de gallina
personal_attack   hold    vuelve al colegio
personal_attack   hold    vuelve a la escuela
personal_attack   hold    no entiendes nada
personal_attack   hold    no te enteras de nada
personal_attack   hold    eres un inútil
personal_attack   hold    eres una inútil
personal_attack   hold    payasa
personal_attack   hold    payasos
personal_attack   hold    eres un mentiroso
personal_attack   hold    eres una mentirosa
personal_attack   hold    eres un parásito
personal_attack   hold    cierra la jeta
personal_attack   hold    calla la boca
personal_attack   hold    cierra el hocico
personal_attack   hold    pobre diablo
personal_attack   hold    eres un ignorante
personal_attack   hold    lameculos
# second pass: sexual verbs and crude phrases
vulgarity         hold    te voy a coger
vulgarity         hold    me la cogí
vulgarity         hold    cogerte
vulgarity         hold    culear
vulgarity         hold    follar*
vulgarity         hold    chúpala
vulgarity         hold    me la mamas
vulgarity         hold    hacerse una paja
vulgarity         hold    correrse
vulgarity         hold    chupármela
vulgarity         hold    tetona*
vulgarity         hold    cachonda
vulgarity         hold    pásame el pack
vulgarity         hold    nudes
# second pass: promotion
promotion         hold    instagram
promotion         hold    mi insta
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    síguenos en
promotion         hold    página de facebook
promotion         hold    sígueme en
promotion         hold    link en mi bio
promotion         hold    escríbeme al privado
promotion         hold    mándame un mensaje
promotion         hold    contáctame
promotion         hold    wasap
promotion         hold    guasap
promotion         hold    sin salir de casa
promotion         hold    precios bajos

# --- third pass: coded slurs, insults without swearwords, veiled threats, sexual slang and masked forms ---
# third pass: coded slurs and dog whistles
identity_abuse    hold    mena
identity_abuse    hold    los menas
identity_abuse    hold    menores no acompañados de mierda
identity_abuse    reject  moromierda*
identity_abuse    reject  musulmierda*
identity_abuse    reject  islamierda
identity_abuse    hold    machupichus
identity_abuse    hold    gitanada*
identity_abuse    hold    marrano*
identity_abuse    reject  perro judío
identity_abuse    reject  rata judía
identity_abuse    reject  ratas judías
identity_abuse    hold    judiada
identity_abuse    hold    estos invasores
identity_abuse    hold    paguita*
identity_abuse    hold    vienen a por la paguita
identity_abuse    hold    viven de las ayudas
identity_abuse    hold    pateras de mierda
identity_abuse    hold    vuelve a tu patera
identity_abuse    hold    a la patera
identity_abuse    hold    vuelve a tu selva
identity_abuse    hold    vuelve al desierto
identity_abuse    hold    come plátanos
identity_abuse    hold    follacabras
identity_abuse    hold    folladores de cabras
identity_abuse    hold    indiada
# third pass: insults with no swearword
personal_attack   hold    cerebro de gorrión
personal_attack   hold    vete a leer el horóscopo
personal_attack   hold    leer tu horóscopo
personal_attack   hold    cabeza hueca
personal_attack   hold    nuez vacía
personal_attack   hold    el aire que respiras
personal_attack   hold    no vales ni el aire
personal_attack   hold    tonto del pueblo
personal_attack   hold    idiota del pueblo
personal_attack   hold    eres un payaso
personal_attack   hold    qué payaso
personal_attack   hold    marioneta
personal_attack   hold    eres un títere
personal_attack   hold    es un títere
personal_attack   hold    eres un cobarde
personal_attack   hold    pedazo de cobarde
personal_attack   hold    qué cobarde
personal_attack   hold    pringado*
personal_attack   hold    mamarracho*
personal_attack   hold    pelele*
personal_attack   hold    chupamedias
personal_attack   hold    tontaina*
personal_attack   hold    lerdo
personal_attack   hold    lerdos
personal_attack   hold    zoquete*
personal_attack   hold    cenutrio*
personal_attack   hold    ceporro*
personal_attack   hold    merluzo
personal_attack   hold    gañán
personal_attack   hold    paleto
personal_attack   hold    paletos
personal_attack   hold    analfabeto*
personal_attack   hold    me das asco
personal_attack   hold    das pena
personal_attack   hold    no sabes ni leer
personal_attack   hold    una sola neurona
personal_attack   hold    tonto de remate
personal_attack   reject  tonto del culo
personal_attack   hold    más tonto que
personal_attack   hold    suicídate
personal_attack   hold    ahórcate
personal_attack   hold    tírate de un puente
personal_attack   hold    eres un vendido
personal_attack   hold    borregos
# third pass: veiled threats
threat            hold    en qué calle vives
threat            hold    en qué calle vive
threat            hold    vive en la calle
threat            hold    vives en la calle
threat            hold    sabemos cuál es tu portal
threat            hold    te esperamos en el portal
threat            hold    ya nos veremos
threat            hold    nos veremos las caras
threat            hold    disfruta mientras puedas
threat            hold    disfruta mientras dure
threat            hold    que disfrute mientras pueda
threat            hold    debería tener miedo
threat            hold    deberías tener miedo
threat            hold    que tenga miedo
threat            hold    yo no andaría solo
threat            hold    yo no andaría sola
threat            hold    yo no iría solo
threat            hold    los accidentes pasan
threat            hold    los accidentes ocurren
threat            hold    una charla con él
threat            hold    una charlita con él
threat            hold    vamos a hablar con él
threat            hold    el barrio no olvida
threat            hold    el barrio no perdona
threat            hold    habrá consecuencias
threat            hold    va a haber consecuencias
threat            hold    una lección que no olvidará
threat            hold    una lección que no olvidarás
threat            hold    darle una lección
threat            hold    quemar la mezquita
threat            hold    quemad la mezquita
threat            hold    fuego a la mezquita
threat            hold    prenderle fuego
threat            hold    quemar el centro de menores
threat            hold    quemar el centro de menas
threat            hold    fuego al centro
threat            hold    quemarlos a todos
threat            hold    quemadlos
threat            hold    iremos a por ti
threat            hold    vamos a por ti
threat            hold    vamos a ir a por él
threat            hold    ya te pillaremos
threat            hold    piensa en tus hijos
threat            hold    piensa en tu familia
threat            hold    se va a enterar
# third pass: sexual slang, conjugated and masked forms
vulgarity         reject  te voy a follar
vulgarity         hold    me la follo
vulgarity         hold    te cojo
vulgarity         reject  chingatumadre
vulgarity         hold    pajero*
vulgarity         hold    pollón
vulgarity         hold    vergota
vulgarity         hold    culear*
vulgarity         reject  conchesumadre
vulgarity         reject  concha tu madre
profanity         reject  hdlgp
# third pass: swearwords written letter by letter (p.u.t.a)
profanity         reject  p u t a
profanity         hold    m i e r d a
personal_attack   reject  c a b r o n
personal_attack   reject  g i l i p o l l a s
profanity         hold    c o ñ o
profanity         hold    j o d e r
personal_attack   reject  z o r r a
vulgarity         reject  p o l l a
identity_abuse    reject  m a r i c o n
vulgarity         reject  f o l l a r
personal_attack   reject  p e n d e j o
vulgarity         reject  v e r g a
profanity         reject  h i j o d e p u t a

# --- Calls to kill, hang or shoot (infinitives and wishes; reporting uses the past participle): hold ---
threat            hold    que los maten
threat            hold    matarlos
threat            hold    fusilarlos
threat            hold    ahorcarlos
threat            hold    colgarlos
threat            hold    que se mueran

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
threat            hold    sabemos dónde
identity_abuse    hold    todos unos criminales
identity_abuse    hold    son todos delincuentes

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    le rompo la cara
threat            hold    te rompo la cara
threat            hold    le espere a él
`;
