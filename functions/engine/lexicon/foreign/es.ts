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
identity_abuse    reject  nigger*
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
`;
