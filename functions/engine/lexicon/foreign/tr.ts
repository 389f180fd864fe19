/** Turkish abuse lexicon: written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term
# Turkish is typed with and without its letters (ş ç ğ ö ü ı); the matcher folds accents.
# Stems that could begin innocent words (sik, am, göt, sıkmak, götürmek, Amina, Amini) are never starred;
# piç is only held because it folds to "pic".

# --- profanity: the amk family ---
profanity         reject  amk
profanity         reject  amq
profanity         reject  amkk
profanity         reject  amınakoyim
profanity         reject  amınakoyayım
profanity         reject  amınakoyam
profanity         reject  amına koyayım
profanity         reject  amına koyim
profanity         reject  amına koyam
profanity         reject  amına koydum
profanity         reject  amına koyduğum*
profanity         reject  amına kodum*
profanity         reject  amınakoduğum*
profanity         reject  amınakodumun*
profanity         reject  amına koduğum*
profanity         reject  amnskm
profanity         hold    aq
profanity         hold    mk
profanity         hold    mq

# --- profanity: sik- forms (only forms that are not sıkmak "squeeze/shoot/bore") ---
profanity         reject  siktir*
profanity         reject  hassiktir
profanity         reject  hasiktir
profanity         reject  siktirgit
profanity         reject  sktr
profanity         reject  sktir
profanity         reject  siktr
profanity         reject  sikerim
profanity         reject  sikeyim
profanity         reject  sikiyim
profanity         reject  sikeceğim
profanity         reject  sikecem
profanity         reject  sikicem
profanity         reject  sikerler
profanity         reject  sikmek
profanity         reject  siktiğimin
profanity         reject  siktiğimin evladı
profanity         reject  sikim
profanity         reject  sikimi
profanity         reject  sikime
profanity         reject  sikimde
profanity         reject  sikimden
profanity         reject  sikimin
profanity         reject  sikimsonik
profanity         reject  sikik
profanity         reject  sikikler
profanity         reject  sikko
profanity         reject  sikindirik
profanity         reject  skrm
profanity         reject  s2m
profanity         reject  s2k
profanity         reject  s2ktir
profanity         hold    sik
profanity         hold    sikti
profanity         hold    siktim
profanity         hold    siktiğim
profanity         hold    sikiş

# --- profanity: mother / family curses ---
profanity         reject  ananı sikeyim
profanity         reject  ananı sikerim
profanity         reject  ananı sikim
profanity         reject  ananı siktiğim*
profanity         reject  ananın amı
profanity         reject  ananın amına
profanity         reject  ananın amını
profanity         reject  anasını sikeyim
profanity         reject  anasını siktiğim*
profanity         reject  ananı avradını
profanity         reject  avradını sikeyim
profanity         reject  avradını siktiğim*
profanity         reject  bacını sikeyim
profanity         reject  bacını sikerim
profanity         reject  bacının amı
profanity         reject  sülaleni sikeyim
profanity         reject  ecdadını sikeyim
profanity         reject  ebeni sikeyim
profanity         reject  belanı sikeyim
profanity         reject  dinini sikeyim
profanity         reject  imanını sikeyim
profanity         reject  amını sikeyim
profanity         reject  amını siktiğim*
profanity         reject  ağzına sıçayım
profanity         reject  ağzına sıçarım
profanity         reject  sıçtığım*
profanity         hold    ananı
profanity         hold    avradını
profanity         hold    sıçayım
profanity         hold    sıçarım
profanity         hold    bok
profanity         hold    boktan
profanity         hold    bok ye
profanity         hold    bok yedin

# --- vulgarity: sexual / obscene ---
vulgarity         reject  amcık*
vulgarity         reject  yarrak*
vulgarity         reject  yarrağ*
vulgarity         reject  yarram
vulgarity         reject  yarak
vulgarity         reject  yarağım
vulgarity         reject  yarağımı
vulgarity         reject  yarağımın
vulgarity         reject  götün*
vulgarity         reject  götveren
vulgarity         reject  götlek
vulgarity         reject  götoş
vulgarity         reject  göt oğlanı
vulgarity         reject  eskort bayan
vulgarity         reject  escort bayan
vulgarity         hold    göt
vulgarity         hold    taşak
vulgarity         hold    taşşak
vulgarity         hold    porno
vulgarity         hold    sokayım
vulgarity         hold    sapık

# --- personal attack: strong (reject) ---
personal_attack   reject  orospu*
personal_attack   reject  orosbu*
personal_attack   reject  oruspu*
personal_attack   reject  orspu*
personal_attack   hold    piç
personal_attack   reject  piçi
personal_attack   reject  piçin
personal_attack   reject  piçler
personal_attack   reject  piçleri
personal_attack   reject  piçlik
personal_attack   reject  piç kurusu
personal_attack   reject  pezevenk*
personal_attack   reject  kahpe*
personal_attack   reject  kaltak*
personal_attack   reject  sürtük*
personal_attack   reject  kevaşe*
personal_attack   reject  şırfıntı
personal_attack   reject  şıllık
personal_attack   reject  yavşak*
personal_attack   reject  puşt*
personal_attack   reject  gavat*
personal_attack   reject  şerefsiz*
personal_attack   reject  namussuz*
personal_attack   reject  soysuz*
personal_attack   reject  gerizekalı*
personal_attack   reject  geri zekalı*
personal_attack   reject  eşşoğlueşek
personal_attack   reject  eşek oğlu eşek
personal_attack   reject  it oğlu it
personal_attack   reject  köpek oğlu köpek
personal_attack   hold    oç
personal_attack   hold    pezo

# --- personal attack: milder or double-meaning (hold) ---
personal_attack   hold    salak*
personal_attack   hold    aptal*
personal_attack   hold    dangalak*
personal_attack   hold    ahmak*
personal_attack   hold    beyinsiz*
personal_attack   hold    kafasız
personal_attack   hold    mankafa
personal_attack   hold    angut
personal_attack   hold    enayi*
personal_attack   hold    lavuk
personal_attack   hold    hödük
personal_attack   hold    öküz
personal_attack   hold    hıyar
personal_attack   hold    ezik
personal_attack   hold    eşek herif
personal_attack   hold    hayvan herif
personal_attack   hold    adi herif
personal_attack   hold    it herif
personal_attack   hold    aşağılık
personal_attack   hold    alçak
personal_attack   hold    alçaklar
personal_attack   hold    haysiyetsiz*
personal_attack   hold    ahlaksız*
personal_attack   hold    yalaka*
personal_attack   hold    dalkavuk
personal_attack   hold    ruh hastası
personal_attack   hold    psikopat
personal_attack   hold    satılmış köpek
personal_attack   hold    kancık
personal_attack   hold    gerzek
personal_attack   hold    dallama
personal_attack   hold    andaval
personal_attack   hold    embesil
personal_attack   hold    dingil
personal_attack   hold    zibidi
personal_attack   hold    keko
personal_attack   hold    çomar*
personal_attack   hold    hain
personal_attack   hold    hainler
personal_attack   hold    vatan haini
personal_attack   hold    fahişe*
personal_attack   hold    yosma
personal_attack   hold    defol
personal_attack   hold    defolun
personal_attack   hold    defol git
personal_attack   hold    kapa çeneni
personal_attack   hold    çeneni kapat
personal_attack   hold    allah belanı versin
personal_attack   hold    geber
personal_attack   hold    geberin
personal_attack   hold    gebersin*

# --- identity abuse: slurs (reject) ---
identity_abuse    reject  ibne*
identity_abuse    reject  ipne*
identity_abuse    reject  nonoş
identity_abuse    reject  lezbo
identity_abuse    reject  kuyruklu kürt
identity_abuse    reject  pis kürt
identity_abuse    reject  pis kürtler
identity_abuse    reject  pis arap
identity_abuse    reject  pis araplar
identity_abuse    reject  arap dölü
identity_abuse    reject  pis suriyeli
identity_abuse    reject  pis suriyeliler
identity_abuse    reject  pis afgan
identity_abuse    reject  pis yahudi
identity_abuse    reject  yahudi dölü
identity_abuse    reject  yahudi tohumu
identity_abuse    reject  ermeni dölü
identity_abuse    reject  ermeni tohumu
identity_abuse    reject  rum dölü
identity_abuse    reject  pis çingene
identity_abuse    reject  pis gavur
identity_abuse    reject  kürt dölü

# --- identity abuse: coded or context-dependent (hold) ---
identity_abuse    hold    dölü
identity_abuse    hold    kürdo
identity_abuse    hold    kıro
identity_abuse    hold    zenci*
identity_abuse    hold    gavur*
identity_abuse    hold    kafir*
identity_abuse    hold    zındık
identity_abuse    hold    dinsiz*
identity_abuse    hold    yobaz*
identity_abuse    hold    dürzü
identity_abuse    hold    bölücü*
identity_abuse    hold    travesti
identity_abuse    hold    sapkın*
identity_abuse    hold    arap uşağı
identity_abuse    hold    çöl bedevisi
identity_abuse    hold    sürüngen*
identity_abuse    hold    suriyeli istilası
identity_abuse    hold    sığınmacı istilası
identity_abuse    hold    mülteci istilası
identity_abuse    hold    göçmen istilası
identity_abuse    hold    suriyeliler defolsun
identity_abuse    hold    afganlar defolsun
identity_abuse    hold    hayat kadını

# --- threats (hold: a person decides) ---
threat            hold    seni öldüreceğim
threat            hold    seni öldürcem
threat            hold    seni öldürürüm
threat            hold    öldürürüm seni
threat            hold    sizi öldüreceğiz
threat            hold    seni gebertirim
threat            hold    seni geberteceğim
threat            hold    seni gebertecem
threat            hold    gebertirim seni
threat            hold    seni keserim
threat            hold    seni keseceğim
threat            hold    kafanı keserim
threat            hold    kafanı keseceğim
threat            hold    kafanı koparırım
threat            hold    kafana sıkarım
threat            hold    kafana sıkacağım
threat            hold    seni vururum
threat            hold    seni vuracağım
threat            hold    seni bulacağım
threat            hold    seni bulacağız
threat            hold    seni buluruz
threat            hold    evini biliyoruz
threat            hold    evini biliyorum
threat            hold    nerede oturduğunu biliyoruz
threat            hold    nerede oturduğunu biliyorum
threat            hold    nerede yaşadığını biliyoruz
threat            hold    nerede yaşadığını biliyorum
threat            hold    adresini biliyoruz
threat            hold    adresini biliyorum
threat            hold    bedelini ödeyeceksin
threat            hold    bunu ödeyeceksin
threat            hold    hesabını vereceksin
threat            hold    hesabını soracağız
threat            hold    arkanı kolla
threat            hold    gününü göstereceğim
threat            hold    gününü görürsün
threat            hold    canına okuyacağım
threat            hold    canına okurum
threat            hold    ağzını burnunu kırarım
threat            hold    bacaklarını kırarım
threat            hold    pişman olacaksın
threat            hold    seni mahvedeceğim
threat            hold    seni yakarım
threat            hold    evini yakarız
threat            hold    evini yakacağız
threat            hold    ananı ağlatırım
threat            hold    hepsini öldürün
threat            hold    hepsini asın
threat            hold    hepsini kurşuna dizin
threat            hold    hepsi gebersin
threat            hold    kürtlere ölüm
threat            hold    araplara ölüm
threat            hold    suriyelilere ölüm
threat            hold    yahudilere ölüm
threat            hold    ermenilere ölüm
threat            hold    türklere ölüm
threat            hold    kahrolsun

# --- promotion ---
promotion         reject  deneme bonusu
promotion         reject  takipçi satın al
promotion         hold    hemen satın al
promotion         hold    şimdi satın al
promotion         hold    ücretsiz
promotion         hold    bedava
promotion         hold    indirim
promotion         hold    indirimli
promotion         hold    evden para kazan*
promotion         hold    evden çalışarak
promotion         hold    kolay para kazan*
promotion         hold    yatırımsız kazanç
promotion         hold    günlük kazanç
promotion         hold    sınırsız kazanç
promotion         hold    profilime tıkla*
promotion         hold    profilime bak*
promotion         hold    profilimdeki link*
promotion         hold    linke tıkla*
promotion         hold    whatsapp hattı
promotion         hold    whatsapptan yaz*
promotion         hold    whatsapp'tan yaz*
promotion         hold    whatsapptan ulaş*
promotion         hold    dm at
promotion         hold    bahis siteleri
promotion         hold    canlı bahis
promotion         hold    casino

# --- second pass: veiled and conditional threats (hold) ---
threat            hold    nerede oturduğunu biliyo*
threat            hold    nerde oturduğunu biliyo*
threat            hold    nerede oturduğunuzu biliyo*
threat            hold    nerede yaşadığını biliyo*
threat            hold    nerde yaşadığını biliyo*
threat            hold    nerede çalıştığını biliyo*
threat            hold    nerede park ettiğini biliyo*
threat            hold    evini biliyo*
threat            hold    evinizi biliyo*
threat            hold    adresini biliyo*
threat            hold    arabanı biliyo*
threat            hold    arabasını biliyo*
threat            hold    işyerini biliyo*
threat            hold    ofisini biliyo*
threat            hold    camisini biliyo*
threat            hold    günün gelecek
threat            hold    onun da günü gelecek
threat            hold    onların da günü gelecek
threat            hold    gününüz gelecek
threat            hold    sıra sana da gelecek
threat            hold    sıran gelecek
threat            hold    bedelini ödeyecek*
threat            hold    bedelini ağır ödeyecek*
threat            hold    bunu ödeyecek*
threat            hold    hesabını verecek*
threat            hold    dikkatli olsa iyi olur
threat            hold    ayağını denk al*
threat            hold    arkasını kollasın
threat            hold    arkanızı kollayın
threat            hold    gece yalnız yürürken
threat            hold    eve yalnız dönerken
threat            hold    seni bekliyor olacağız
threat            hold    onu bekliyor olacağız
threat            hold    maçtan sonra bekliyoruz
threat            hold    maç çıkışı bekliyoruz
threat            hold    dışarıda bekliyoruz
threat            hold    seni dışarıda bekliyorum
threat            hold    onun gibiler kaybolur
threat            hold    böyleleri ortadan kaybolur
threat            hold    yarını göremeyecek*
threat            hold    başına bir şey gel*
threat            hold    başına bir iş gel*
threat            hold    binanızı yakacağız
threat            hold    binayı yakacağız
threat            hold    ofisinizi yakacağız
threat            hold    ofisini yakarız
threat            hold    arabanı yakarız
threat            hold    arabasını yakacağız
threat            hold    hepinizi yakacağız
threat            hold    evine geleceğiz
threat            hold    kapına geleceğiz
threat            hold    evini basarız
threat            hold    evini basacağız
threat            hold    kimse seni koruyamaz
threat            hold    kimse onu koruyamaz
threat            hold    rahat uyuyamayacak*
threat            hold    suratını dağıtırım
threat            hold    yüzünü dağıtırım
threat            hold    kafanı kırarım
threat            hold    dişlerini sökerim

# --- second pass: group generalisations and dehumanising words (hold) ---
identity_abuse    hold    bütün araplar
identity_abuse    hold    tüm araplar
identity_abuse    hold    bütün kürtler
identity_abuse    hold    tüm kürtler
identity_abuse    hold    bütün suriyeliler
identity_abuse    hold    tüm suriyeliler
identity_abuse    hold    bütün afganlar
identity_abuse    hold    bütün müslümanlar
identity_abuse    hold    bütün yahudiler
identity_abuse    hold    bütün göçmenler
identity_abuse    hold    bu ırk
identity_abuse    hold    o ırk
identity_abuse    hold    kanlarında var
identity_abuse    hold    kanında var
identity_abuse    hold    fıtratlarında var
identity_abuse    hold    doğalarında var
identity_abuse    hold    hayvan gibiler
identity_abuse    hold    hayvandan farksız*
identity_abuse    hold    hamam böcekleri
identity_abuse    hold    hamamböceğ*
identity_abuse    hold    hamamböcek*
identity_abuse    hold    haşerat
identity_abuse    hold    asalaklar
identity_abuse    hold    sözde mülteci*
identity_abuse    hold    sözde sığınmacı*
identity_abuse    hold    hepsini geri gönderin
identity_abuse    hold    geldikleri yere gönderin
identity_abuse    hold    ülkene dön
identity_abuse    hold    ülkenize dönün
identity_abuse    hold    ülkelerine geri gönder*

# --- second pass: insults with no swearword (hold) ---
personal_attack   hold    tavuk beyinli
personal_attack   hold    kuş beyinli
personal_attack   hold    okula geri dön
personal_attack   hold    git okulunu bitir
personal_attack   hold    hiçbir şey anlamıyorsun
personal_attack   hold    hiçbir şeyden anlamıyorsun
personal_attack   hold    bir bok anlamıyorsun
personal_attack   hold    işe yaramaz*
personal_attack   hold    palyaço
personal_attack   hold    soytarı*
personal_attack   hold    yalancısın
personal_attack   hold    yalancının teki
personal_attack   hold    asalak
personal_attack   hold    sus lan
personal_attack   hold    ağzını kapat
personal_attack   hold    ağzını topla
personal_attack   hold    kes sesini
personal_attack   hold    sesini kes
personal_attack   hold    cahil cesareti
personal_attack   hold    haddini bil
personal_attack   hold    mal mısın
personal_attack   hold    mal herif

# --- second pass: sexual slang (hold unless unmistakable) ---
vulgarity         reject  amını yalarım
vulgarity         reject  sakso
vulgarity         reject  saksocu
vulgarity         hold    sikişelim
vulgarity         hold    otuzbir çek*
vulgarity         hold    31 çek*
vulgarity         hold    azgın bayan*
vulgarity         hold    ateşli bayan*
vulgarity         hold    görüntülü sohbet
vulgarity         hold    eskort
vulgarity         hold    escort

# --- second pass: promotion (hold) ---
promotion         hold    instagram*
promotion         hold    insta
promotion         hold    whatsapp*
promotion         hold    watsap*
promotion         hold    telegram*
promotion         hold    tiktok*
promotion         hold    snapchat*
promotion         hold    youtube kanalım*
promotion         hold    kanalıma abone ol*
promotion         hold    abone olun
promotion         hold    beni takip et*
promotion         hold    sayfamı takip et*
promotion         hold    sayfamızı takip et*
promotion         hold    takipleşelim
promotion         hold    facebook sayfam*
promotion         hold    biyografideki link*
promotion         hold    biyodaki link*
promotion         hold    dm den yaz*
promotion         hold    dm den ulaş*
promotion         hold    özelden yaz*
promotion         hold    bana ulaşın
promotion         hold    iletişime geçin
promotion         hold    evden ek gelir
promotion         hold    ek gelir fırsatı
promotion         hold    en uygun fiyat*
promotion         hold    uygun fiyatlar
# --- third pass
# coded slurs and dog whistles (Syrians, Afghans, Kurds, Arabs, political lackeys)
identity_abuse    hold    sessiz istila
identity_abuse    hold    afgan istilası
identity_abuse    hold    arap istilası
identity_abuse    hold    suriyeliler gidecek
identity_abuse    hold    sığınmacı değil işgalci
identity_abuse    hold    sahte mülteci*
identity_abuse    hold    suriyeli dilenci*
identity_abuse    hold    deve çobanı
identity_abuse    hold    deve çobanları
identity_abuse    hold    çöl arabı
identity_abuse    hold    çöl arapları
identity_abuse    hold    apocu*
identity_abuse    hold    bebek katili
identity_abuse    hold    bebek katilleri
identity_abuse    hold    pkk'lı kürt
identity_abuse    hold    ermeni artığı
identity_abuse    hold    yunan tohumu
identity_abuse    hold    dinci*
identity_abuse    hold    biatçı*
identity_abuse    hold    akp koyunu
identity_abuse    hold    aktrol*
identity_abuse    hold    ak trol*
identity_abuse    hold    abd uşağı
identity_abuse    hold    amerikan uşağı
identity_abuse    hold    israil uşağı
identity_abuse    hold    siyonist uşak
identity_abuse    hold    abd kuklası
identity_abuse    hold    kadın kılıklı
identity_abuse    hold    karı kılıklı
identity_abuse    hold    kadın dediğin
identity_abuse    hold    mutfağa dön
identity_abuse    hold    lgbt sapkınlığı
identity_abuse    hold    eşcinsel sapık*
identity_abuse    hold    maymun gibi
identity_abuse    hold    domuz gibi
# insults without a swearword
personal_attack   hold    kafan çalışmıyor
personal_attack   hold    kafası çalışmıyor
personal_attack   hold    aklın yok mu
personal_attack   hold    beynin yok
personal_attack   hold    ceviz beyinli
personal_attack   hold    nohut beyinli
personal_attack   hold    serçe beyinli
personal_attack   hold    kuş kadar beyin*
personal_attack   hold    beyin özürlü
personal_attack   hold    beyni yıkanmış
personal_attack   hold    geri kafalı
personal_attack   hold    sen ne anlarsın
personal_attack   hold    sen kimsin ki
personal_attack   hold    git fal bak
personal_attack   hold    köyün delisi
personal_attack   hold    oksijen israfı
personal_attack   hold    boş ceviz
personal_attack   hold    palyaçosun
personal_attack   hold    tam bir palyaço
personal_attack   hold    kuklasın
personal_attack   hold    korkaksın
personal_attack   hold    ödlek*
personal_attack   hold    şaklaban*
personal_attack   hold    sahtekar*
personal_attack   hold    madrabaz*
personal_attack   hold    kalleş*
personal_attack   hold    namert*
personal_attack   hold    pisliksin
personal_attack   hold    pislik herif
personal_attack   hold    rezilsin
personal_attack   hold    malsın
personal_attack   hold    tam bir mal
personal_attack   hold    hayvansın
personal_attack   hold    köpeksin
personal_attack   hold    cahil herif
personal_attack   hold    sen bir hiçsin
# veiled threats
threat            hold    sokağını biliyo*
threat            hold    kapı numaranı biliyo*
threat            hold    hangi sokakta oturduğunu
threat            hold    adresini buldum
threat            hold    adresini bulduk
threat            hold    evini bulduk
threat            hold    ev adresini paylaş*
threat            hold    çocuklarının okulunu biliyo*
threat            hold    ailene selam söyle
threat            hold    çocuklarına dikkat et
threat            hold    ailene dikkat et
threat            hold    seninle görüşeceğiz
threat            hold    onunla görüşeceğiz
threat            hold    görüşeceğiz seninle
threat            hold    şimdilik tadını çıkar
threat            hold    tadını çıkar şimdilik
threat            hold    son günlerinin tadını çıkar
threat            hold    korksun
threat            hold    korkması lazım
threat            hold    korkması gerek
threat            hold    ben olsam yalnız gezmezdim
threat            hold    yalnız gezmesin
threat            hold    yalnız gezme
threat            hold    kazalar olur
threat            hold    başına kaza gel*
threat            hold    onunla biraz konuşacağız
threat            hold    onunla konuşacağız
threat            hold    seninle biraz konuşacağız
threat            hold    ufak bir sohbet
threat            hold    mahalle unutmaz
threat            hold    bunun hesabı sorulacak
threat            hold    bunun bedeli olacak
threat            hold    sonuçlarına katlan*
threat            hold    unutamayacağı bir ders
threat            hold    unutamayacağın bir ders
threat            hold    ona bir ders verelim
threat            hold    dersini vereceğiz
threat            hold    haddini bildireceğiz
threat            hold    yakın orayı
threat            hold    yakın burayı
threat            hold    ateşe verin
threat            hold    ateşe verelim
threat            hold    camiyi yakın
threat            hold    kiliseyi yakın
threat            hold    kampı yakın
threat            hold    seni evinin önünde bekliyo*
# sexual and profane slang, conjugated and masked
profanity         reject  sikeceğiz
profanity         reject  sikecez
profanity         reject  sikicez
profanity         reject  sikeriz
profanity         reject  ananısikeyim
profanity         reject  ananısikim
profanity         reject  ananskm
profanity         reject  anneni sikeyim
profanity         reject  anneni sikerim
profanity         reject  allahını sikeyim
profanity         reject  kızını sikeyim
profanity         reject  karını sikeyim
profanity         reject  ebenin amı
profanity         reject  sktrgt
profanity         reject  amınk
profanity         hold    anasını satayım
profanity         hold    anasını sattığım*
profanity         hold    sıçtın
profanity         hold    sıçmışsın
vulgarity         hold    sokarım
vulgarity         hold    sokuyum
# single letters (dotted masks: a.m.k)
profanity         reject  a m k
profanity         reject  s i k t i r
profanity         reject  o r o s p u
profanity         reject  s i k e r i m
profanity         reject  y a r r a k
profanity         reject  p i ç
profanity         reject  i b n e
profanity         reject  a m c ı k
profanity         reject  p e z e v e n k
profanity         reject  ş e r e f s i z
profanity         hold    g ö t
profanity         hold    o ç

# --- Veiled threats and sweeping charges, shorter than the phrases above (28 Nov 2026): hold ---
threat            hold    nerede oturduğunu
threat            hold    nerede yaşadığını

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    haberi olsun
threat            hold    başına ne geleceğini
threat            hold    şaşırmasınlar
threat            hold    rahat yürüyemez
identity_abuse    hold    suriyeli leş
`;
