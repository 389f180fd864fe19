/** French abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term

# --- Swearwords and their usual spellings / abbreviations ---
profanity         reject  putain*
profanity         reject  ptn
profanity         hold    fdp
profanity         reject  fils de pute
profanity         reject  ntm
profanity         reject  nique ta mère
profanity         reject  nique ta race
profanity         reject  ta mère la pute
profanity         reject  enculé*
profanity         reject  va te faire foutre
profanity         reject  allez vous faire foutre
profanity         reject  nique*
profanity         reject  fuck*
profanity         reject  motherfucker*
profanity         hold    merde
profanity         hold    merdes
profanity         hold    merdeux
profanity         hold    merdique*
profanity         hold    merdier
profanity         hold    bordel
profanity         hold    foutre
profanity         hold    rien à branler
profanity         hold    chier
profanity         hold    fais chier
profanity         hold    emmerde
profanity         hold    emmerder
profanity         hold    shit
profanity         reject  sac à merde
profanity         reject  bouffe merde
profanity         reject  mange merde
profanity         reject  sous merde
profanity         reject  ferme ta gueule
profanity         reject  fermez vos gueules
profanity         reject  ftg
profanity         hold    ta gueule

# --- Insults to a person: strong (reject) ---
personal_attack   reject  connard*
personal_attack   reject  connasse*
personal_attack   reject  conne
personal_attack   reject  conard*
personal_attack   reject  ducon
personal_attack   reject  duconnard
personal_attack   reject  pauvre con
personal_attack   reject  gros con
personal_attack   reject  sale con
personal_attack   reject  espèce de con
personal_attack   reject  bande de cons
personal_attack   reject  tête de con
personal_attack   reject  petit con
personal_attack   reject  vieux con
personal_attack   reject  enfoiré*
personal_attack   reject  salaud*
personal_attack   reject  salopard*
personal_attack   reject  salope
personal_attack   reject  salopes
personal_attack   reject  pétasse
personal_attack   reject  pétasses
personal_attack   reject  pouffiasse*
personal_attack   reject  grognasse
personal_attack   reject  grognasses
personal_attack   reject  chiennasse
personal_attack   reject  branleur*
personal_attack   reject  trou du cul
personal_attack   reject  trouduc
personal_attack   reject  tête de noeud
personal_attack   reject  fils de chienne
personal_attack   reject  pute
personal_attack   reject  putes
personal_attack   reject  grosse vache
personal_attack   reject  mal baisé
personal_attack   reject  mal baisée
personal_attack   reject  biatch
personal_attack   reject  bitch*
personal_attack   reject  déchet humain
personal_attack   reject  raclure*

# --- Insults to a person: mild or ambiguous (hold) ---
personal_attack   hold    idiot*
personal_attack   hold    imbécile*
personal_attack   hold    crétin*
personal_attack   hold    abruti*
personal_attack   hold    débile*
personal_attack   hold    bouffon*
personal_attack   hold    couillon*
personal_attack   hold    andouille
personal_attack   hold    guignol*
personal_attack   hold    minable*
personal_attack   hold    ordure
personal_attack   hold    pourriture
personal_attack   hold    crapule*
personal_attack   hold    fumier
personal_attack   hold    bâtard*
personal_attack   hold    taré
personal_attack   hold    tarés
personal_attack   hold    tarée
personal_attack   hold    attardé
personal_attack   hold    attardés
personal_attack   hold    mongol
personal_attack   hold    gogol*
personal_attack   hold    trisomique*
personal_attack   hold    chienne
personal_attack   hold    morue
personal_attack   hold    catin
personal_attack   hold    garce*
personal_attack   hold    traînée
personal_attack   hold    lèche cul
personal_attack   hold    lèche bottes
personal_attack   hold    collabo
personal_attack   hold    collabos
personal_attack   hold    traître*
personal_attack   hold    casse toi
personal_attack   hold    dégage
personal_attack   hold    vermine
personal_attack   hold    cafards
personal_attack   hold    sous homme
personal_attack   hold    sous hommes
personal_attack   hold    pédophile*
personal_attack   hold    pédo
personal_attack   hold    pédos

# --- Sexual / obscene ---
vulgarity         reject  bite
vulgarity         reject  bites
vulgarity         reject  teub
vulgarity         reject  zob
vulgarity         reject  chibre
vulgarity         reject  queutard*
vulgarity         reject  nichons
vulgarity         reject  nibards
vulgarity         reject  branlette*
vulgarity         reject  suceuse*
vulgarity         reject  suce moi
vulgarity         reject  partouze*
vulgarity         reject  enculage*
vulgarity         reject  trou de balle
vulgarity         reject  baiseur*
vulgarity         hold    cochonne
vulgarity         hold    cochonnes
vulgarity         hold    chatte
vulgarity         hold    couilles
vulgarity         hold    cul
vulgarity         hold    baiser
vulgarity         hold    baise
vulgarity         hold    sucer
vulgarity         hold    suceur
vulgarity         hold    branler
vulgarity         hold    pipe
vulgarity         hold    fellation*
vulgarity         hold    sodomie
vulgarity         hold    sodomiser
vulgarity         hold    sodomisé*
vulgarity         hold    porno
vulgarity         hold    pornographie
vulgarity         hold    sperme
vulgarity         hold    gode
vulgarity         hold    zizi

# --- Slurs and abuse of groups ---
identity_abuse    reject  bougnoule*
identity_abuse    reject  bicot*
identity_abuse    reject  crouille*
identity_abuse    hold    bamboula
identity_abuse    reject  négro
identity_abuse    reject  négros
identity_abuse    reject  négresse*
# Only the plural: stretched letters are read as one, so "nigger" (and a "nigger*" stem) would read Niger, Nigeria
# and Nigerian. The singular in a comment in this language is still held by the English lexicon.
identity_abuse    reject  niggers
identity_abuse    reject  nigga*
identity_abuse    reject  youpin*
identity_abuse    reject  youtre*
identity_abuse    reject  enturbanné*
identity_abuse    reject  chinetoque*
identity_abuse    reject  niakoué*
identity_abuse    reject  musulmerde*
identity_abuse    reject  pédé
identity_abuse    reject  pédés
identity_abuse    hold    pd
identity_abuse    reject  tarlouze*
identity_abuse    reject  tafiole*
identity_abuse    reject  fiotte*
identity_abuse    reject  gouine*
identity_abuse    reject  gouinasse
identity_abuse    reject  travelo*
identity_abuse    reject  sale arabe
identity_abuse    reject  sales arabes
identity_abuse    reject  sale juif
identity_abuse    reject  sales juifs
identity_abuse    reject  sale juive
identity_abuse    reject  sale noir
identity_abuse    reject  sales noirs
identity_abuse    reject  sale nègre
identity_abuse    reject  sale musulman
identity_abuse    reject  sales musulmans
identity_abuse    reject  sale kurde
identity_abuse    reject  sales kurdes
identity_abuse    reject  sale turc
identity_abuse    reject  sales turcs
identity_abuse    reject  sale chrétien
identity_abuse    reject  sales chrétiens
identity_abuse    reject  sale gitan
identity_abuse    reject  sales gitans
identity_abuse    reject  sale rom
identity_abuse    reject  sales roms
identity_abuse    reject  sale immigré
identity_abuse    reject  sales immigrés
identity_abuse    reject  sale migrant
identity_abuse    reject  sales migrants
identity_abuse    reject  sale race
identity_abuse    reject  sale blanc
identity_abuse    reject  sales blancs
identity_abuse    hold    nègre
identity_abuse    hold    nègres
identity_abuse    hold    raton
identity_abuse    hold    ratons
identity_abuse    hold    melon
identity_abuse    hold    melons
identity_abuse    hold    macaque*
identity_abuse    hold    bridé
identity_abuse    hold    bridés
identity_abuse    hold    romanichel*
identity_abuse    hold    voleurs de poules
identity_abuse    hold    boche
identity_abuse    hold    boches
identity_abuse    hold    schleu*
identity_abuse    hold    rital
identity_abuse    hold    ritals
identity_abuse    hold    pédale
identity_abuse    hold    pédales
identity_abuse    hold    tapette
identity_abuse    hold    tapettes
identity_abuse    hold    clando
identity_abuse    hold    clandos
identity_abuse    hold    chance pour la france
identity_abuse    hold    chances pour la france
identity_abuse    hold    grand remplacement
identity_abuse    hold    remigration
identity_abuse    hold    retourne dans ton pays
identity_abuse    hold    rentre dans ton pays
identity_abuse    hold    rentrez chez vous
identity_abuse    hold    retournez chez vous
identity_abuse    hold    dehors les arabes
identity_abuse    hold    la france aux français
identity_abuse    hold    parasites
identity_abuse    hold    feminazie*

# --- Threats (always need a human) ---
threat            hold    je vais te tuer
threat            hold    je vais vous tuer
threat            hold    on va te tuer
threat            hold    on va vous tuer
threat            hold    je te tue
threat            hold    je vais te buter
threat            hold    on va te buter
threat            hold    je vais te crever
threat            hold    je vais te défoncer
threat            hold    je vais te faire la peau
threat            hold    on va te faire la peau
threat            hold    je vais t'égorger
threat            hold    on va vous égorger
threat            hold    égorgez les
threat            hold    on va vous exterminer
threat            hold    il faut tous les tuer
threat            hold    il faut les exterminer
threat            hold    qu'ils crèvent tous
threat            hold    je sais où tu habites
threat            hold    on sait où tu habites
threat            hold    je sais où tu vis
threat            hold    on sait où tu vis
threat            hold    je vais te retrouver
threat            hold    on va te retrouver
threat            hold    tu vas payer
threat            hold    tu vas le payer
threat            hold    vous allez payer
threat            hold    tu vas crever
threat            hold    vous allez crever
threat            hold    tu es un homme mort
threat            hold    t'es un homme mort
threat            hold    t'es mort
threat            hold    fais gaffe à toi
threat            hold    surveille tes arrières
threat            hold    une balle dans la tête
threat            hold    je vais te mettre une balle
threat            hold    crève
threat            hold    crevez
threat            hold    mort aux juifs
threat            hold    mort aux arabes
threat            hold    mort aux kurdes
threat            hold    mort aux musulmans
threat            hold    mort aux chrétiens
threat            hold    mort aux turcs
threat            hold    mort aux migrants
threat            hold    mort aux traîtres
threat            hold    mort aux flics
threat            hold    mort à israël
threat            hold    mort aux infidèles
threat            hold    à la chambre à gaz
threat            hold    au four crématoire

# --- Promotion / spam ---
promotion         reject  cliquez sur mon profil
promotion         reject  visitez mon profil
promotion         reject  voir mon profil
promotion         reject  gagnez de l'argent
promotion         reject  gagner de l'argent depuis chez vous
promotion         reject  argent depuis chez vous
promotion         reject  travail à domicile
promotion         reject  achetez maintenant
promotion         reject  commandez maintenant
promotion         reject  code promo
promotion         reject  livraison gratuite
promotion         reject  offre limitée
promotion         reject  prix imbattable*
promotion         reject  retour de l'être aimé
promotion         reject  retour affectif
promotion         reject  grand marabout
promotion         reject  rencontres coquines
promotion         reject  casino en ligne
promotion         reject  viagra
promotion         reject  écrivez moi sur whatsapp
promotion         reject  contactez moi sur whatsapp
promotion         hold    whatsapp
promotion         hold    cliquez ici
promotion         hold    gratuit
promotion         hold    gratuitement
promotion         hold    promo
promotion         hold    réduction exceptionnelle
promotion         hold    remise exceptionnelle
promotion         hold    euros par jour
promotion         hold    revenu passif
promotion         hold    revenus passifs
promotion         hold    devenir riche
promotion         hold    investissement garanti
promotion         hold    bitcoin
promotion         hold    marabout
promotion         hold    abonnez vous
promotion         hold    inscrivez vous
promotion         hold    site de rencontre
promotion         hold    paris sportifs
promotion         hold    prêt rapide

# --- second pass: veiled threats, group generalisations, insults without swearwords, sexual slang, promotion (all hold) ---
# second pass: veiled and conditional threats
threat            hold    sait où il habite
threat            hold    sait où elle habite
threat            hold    sait où vous habitez
threat            hold    sait où t'habites
threat            hold    sait où tu travailles
threat            hold    sait où il travaille
threat            hold    sait où tu te gares
threat            hold    savons où tu habites
threat            hold    savons où vous habitez
threat            hold    savent où tu habites
threat            hold    on connaît ton adresse
threat            hold    on connaît son adresse
threat            hold    on connaît ta maison
threat            hold    on connaît sa maison
threat            hold    on connaît sa voiture
threat            hold    on connaît sa mosquée
threat            hold    on connaît ta famille
threat            hold    on a ton adresse
threat            hold    ton jour viendra
threat            hold    son jour viendra
threat            hold    ton heure viendra
threat            hold    tes jours sont comptés
threat            hold    ses jours sont comptés
threat            hold    il va payer
threat            hold    ils vont payer
threat            hold    il le paiera
threat            hold    tu le paieras
threat            hold    tu me le paieras
threat            hold    il a intérêt à faire gaffe
threat            hold    t'as intérêt à faire gaffe
threat            hold    ferait mieux de faire attention
threat            hold    qu'il fasse gaffe
threat            hold    qu'il fasse attention
threat            hold    quand tu rentres seul
threat            hold    quand il rentre seul
threat            hold    on t'attendra
threat            hold    on l'attendra
threat            hold    on t'attend à la sortie
threat            hold    on t'attend dehors
threat            hold    gens comme toi disparaiss*
threat            hold    gens comme lui disparaiss*
threat            hold    gens comme vous disparaiss*
threat            hold    un accident est vite arrivé
threat            hold    tu ne vivras pas longtemps
threat            hold    il ne vivra pas longtemps
threat            hold    il va t'arriver quelque chose
threat            hold    il va lui arriver quelque chose
threat            hold    ça va mal finir pour toi
threat            hold    ta maison va brûler
threat            hold    sa maison va brûler
threat            hold    sa voiture va brûler
threat            hold    la mosquée va brûler
threat            hold    on va tout brûler
threat            hold    on va tout cramer
threat            hold    on va mettre le feu
threat            hold    on va te rendre visite
threat            hold    on va lui rendre visite
threat            hold    on va passer chez toi
threat            hold    personne ne te protégera
threat            hold    personne ne le protégera
threat            hold    tu ne dormiras plus tranquille
threat            hold    je vais te casser la gueule
threat            hold    je vais lui casser la gueule
threat            hold    je vais lui refaire le portrait
# second pass: group generalisations and dehumanising words
identity_abuse    hold    tous les musulmans sont
identity_abuse    hold    tous les arabes sont
identity_abuse    hold    tous les kurdes sont
identity_abuse    hold    tous les juifs sont
identity_abuse    hold    tous les noirs sont
identity_abuse    hold    tous les immigrés sont
identity_abuse    hold    sont tous des
identity_abuse    hold    ces gens là
identity_abuse    hold    cette race
identity_abuse    hold    dans leur sang
identity_abuse    hold    dans leurs gènes
identity_abuse    hold    ces animaux
identity_abuse    hold    sont des animaux
identity_abuse    hold    ces sauvages
identity_abuse    hold    ces rats
identity_abuse    hold    ces singes
identity_abuse    hold    sous humains
identity_abuse    hold    renvoyez les tous
identity_abuse    hold    qu'ils rentrent chez eux
identity_abuse    hold    retourne chez toi
identity_abuse    hold    retournez dans votre pays
identity_abuse    hold    retourne au bled
identity_abuse    hold    soi disant réfugiés
identity_abuse    hold    faux réfugiés
# second pass: insults with no swearword
personal_attack   hold    cervelle de moineau
personal_attack   hold    cervelle d'oiseau
personal_attack   hold    cerveau de moineau
personal_attack   hold    retourne à l'école
personal_attack   hold    t'as rien compris
personal_attack   hold    tu ne comprends rien
personal_attack   hold    tu comprends rien
personal_attack   hold    tu es inutile
personal_attack   hold    tu sers à rien
personal_attack   hold    bon à rien
personal_attack   hold    clown
personal_attack   hold    qi d'huître
personal_attack   hold    tu es un menteur
personal_attack   hold    sale menteur
personal_attack   hold    t'es un parasite
personal_attack   hold    ferme ta bouche
personal_attack   hold    tais toi
personal_attack   hold    pauvre type
personal_attack   hold    t'es con
personal_attack   hold    t'es nul
# second pass: sexual verbs and crude phrases
vulgarity         hold    nik
vulgarity         hold    niktamère
vulgarity         hold    s'envoyer en l'air
vulgarity         hold    foufoune
vulgarity         hold    tirer un coup
vulgarity         hold    en levrette
vulgarity         hold    suce ma queue
vulgarity         hold    turlutte
vulgarity         hold    je bande
vulgarity         hold    chaudasse*
vulgarity         hold    teube
vulgarity         hold    zgeg
vulgarity         hold    branle
vulgarity         hold    sextape
vulgarity         hold    nudes
# second pass: promotion
promotion         hold    instagram
promotion         hold    mon insta
promotion         hold    telegram
promotion         hold    tiktok
promotion         hold    snapchat
promotion         hold    youtube
promotion         hold    ma page facebook
promotion         hold    suivez ma page
promotion         hold    suivez moi sur
promotion         hold    lien en bio
promotion         hold    en mp
promotion         hold    écris moi en privé
promotion         hold    contactez moi
promotion         hold    watsap
promotion         hold    depuis chez vous
promotion         hold    prix cassés
promotion         hold    petits prix

# --- third pass: coded slurs, insults without swearwords, veiled threats, sexual slang and masked forms ---
# third pass: coded slurs and dog whistles
identity_abuse    hold    racaille*
identity_abuse    reject  bougnoul
identity_abuse    reject  bougnouls
identity_abuse    hold    sale rebeu
identity_abuse    hold    sales rebeus
identity_abuse    hold    beurette*
identity_abuse    hold    muzz
identity_abuse    reject  négrillon*
identity_abuse    hold    youss
identity_abuse    hold    bamboulas
identity_abuse    hold    sale feuj
identity_abuse    hold    sionard*
identity_abuse    hold    ratonnade*
identity_abuse    hold    romanos
identity_abuse    hold    bledard*
identity_abuse    hold    ces envahisseurs
identity_abuse    hold    invasion migratoire
identity_abuse    hold    français de papier
identity_abuse    hold    baiseurs de chèvres
identity_abuse    hold    sale singe
identity_abuse    hold    espèce de singe
identity_abuse    hold    retourne dans ta jungle
identity_abuse    hold    retourne dans ta brousse
identity_abuse    hold    retourne dans ton désert
identity_abuse    hold    mange ta banane
identity_abuse    hold    enrichissement culturel
identity_abuse    hold    pays de merde
# third pass: insults with no swearword
personal_attack   hold    cervelle de poisson rouge
personal_attack   hold    mémoire de poisson rouge
personal_attack   hold    bande de clowns
personal_attack   hold    t'es naze
personal_attack   hold    tocard*
personal_attack   hold    blaireau
personal_attack   hold    quel boulet
personal_attack   hold    une marionnette
personal_attack   hold    t'es une marionnette
personal_attack   hold    pantin
personal_attack   hold    espèce de lâche
personal_attack   hold    t'es un lâche
personal_attack   hold    quel lâche
personal_attack   hold    bande de lâches
personal_attack   hold    idiot du village
personal_attack   hold    l'air que tu respires
personal_attack   hold    l'air qu'il respire
personal_attack   hold    gaspillage d'oxygène
personal_attack   hold    lire ton horoscope
personal_attack   hold    tête vide
personal_attack   hold    cerveau vide
personal_attack   hold    noix vide
personal_attack   hold    rien dans le crâne
personal_attack   hold    rien dans la tête
personal_attack   hold    pauvre tache
personal_attack   reject  pauvre merde
personal_attack   reject  grosse merde
personal_attack   hold    cassos
personal_attack   hold    beauf
personal_attack   hold    plouc*
personal_attack   hold    mythomane*
personal_attack   hold    t'es un vendu
personal_attack   hold    bande de moutons
personal_attack   hold    con comme un balai
personal_attack   hold    analphabète*
personal_attack   hold    un seul neurone
personal_attack   hold    tu fais pitié
personal_attack   hold    t'es pathétique
personal_attack   hold    dégénéré*
personal_attack   hold    larbin*
personal_attack   hold    boloss*
personal_attack   hold    va te pendre
personal_attack   hold    pends toi
personal_attack   hold    suicide toi
personal_attack   hold    tg
# third pass: veiled threats
threat            hold    on connaît ta rue
threat            hold    on connaît sa rue
threat            hold    il habite rue
threat            hold    elle habite rue
threat            hold    tu habites rue
threat            hold    habite au numéro
threat            hold    on se reverra
threat            hold    on se retrouvera
threat            hold    on se verra bientôt
threat            hold    profite tant que ça dure
threat            hold    il devrait avoir peur
threat            hold    tu devrais avoir peur
threat            hold    qu'il ait peur
threat            hold    je ne marcherais pas seul
threat            hold    à ta place je ne sortirais
threat            hold    évite de sortir seul
threat            hold    les accidents arrivent
threat            hold    les accidents ça arrive
threat            hold    un accident ça arrive vite
threat            hold    un accident est si vite arrivé
threat            hold    une petite discussion avec lui
threat            hold    une petite discussion avec toi
threat            hold    le quartier n'oublie pas
threat            hold    le quartier oublie pas
threat            hold    on oublie jamais rien
threat            hold    il y aura des conséquences
threat            hold    y aura des conséquences
threat            hold    il y aura des représailles
threat            hold    une leçon qu'il n'oubliera pas
threat            hold    une leçon qu'il oubliera pas
threat            hold    une leçon que tu n'oublieras pas
threat            hold    lui donner une leçon
threat            hold    brûlez la mosquée
threat            hold    brûler la mosquée
threat            hold    brûler les mosquées
threat            hold    le feu à la mosquée
threat            hold    le feu à la synagogue
threat            hold    le feu au foyer
threat            hold    foutre le feu
threat            hold    cramer la mosquée
threat            hold    brûlez les
threat            hold    on viendra te chercher
threat            hold    on viendra le chercher
threat            hold    on va venir chez toi
threat            hold    tu ne perds rien pour attendre
threat            hold    on aura ta peau
threat            hold    pense à tes enfants
threat            hold    pense à ta famille
threat            hold    ça va barder
# third pass: sexual slang, conjugated and masked forms
vulgarity         reject  je te baise
vulgarity         reject  je vais te baiser
vulgarity         hold    va te faire baiser
vulgarity         hold    baisée
vulgarity         reject  suce ma bite
vulgarity         hold    suce ma
vulgarity         hold    se branle
vulgarity         hold    elle mouille
vulgarity         hold    ma queue
vulgarity         hold    ma pine
vulgarity         hold    fion
vulgarity         hold    schneck
profanity         reject  nik ta mère
profanity         reject  nik ta race
profanity         reject  vtff
profanity         hold    ta mère
profanity         hold    tamere
# third pass: swearwords written letter by letter (p.u.t.a.i.n)
profanity         reject  p u t a i n
profanity         hold    m e r d e
personal_attack   reject  c o n n a r d
personal_attack   reject  c o n n a s s e
personal_attack   reject  s a l o p e
profanity         reject  e n c u l e
personal_attack   reject  p u t e
profanity         reject  n i q u e
personal_attack   reject  s a l a u d
personal_attack   hold    b a t a r d
profanity         hold    f o u t r e
vulgarity         reject  b i t e

# --- Added 27 Nov 2026 (tenth session): abuse that only a German word read into "même" had held ---
identity_abuse    hold    engeance
identity_abuse    hold    renvoyez-les au bled
personal_attack   hold    vieille vipère
personal_attack   hold    pourrie jusqu'à l'os
personal_attack   hold    pourri jusqu'à l'os

# --- Calls to kill, hang or shoot (infinitives and wishes; reporting uses the past participle): hold ---
threat            hold    faut les pendre
threat            hold    les pendre
threat            hold    faut les fusiller
threat            hold    les fusiller
threat            hold    faut les buter
threat            hold    les buter
threat            hold    les égorger
threat            hold    faut les abattre
threat            hold    qu'ils crèvent
threat            hold    qu'il crève
threat            hold    qu'elle crève
threat            hold    au poteau

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
threat            hold    savons où
threat            hold    sait où
threat            hold    savent où
threat            hold    à bon entendeur

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    attends à la sortie
threat            hold    brûlera
threat            hold    brûleront
personal_attack   hold    ton niveau d'intelligence
`;
