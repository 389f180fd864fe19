/** Arabic-script abuse lexicon (Arabic and its dialects, Sorani Kurdish, Persian, Urdu): written for this project (Apache-2.0). Format: ./README.md. */
export default `
# category        action  term
# One file for every language written in Arabic script, grouped by language.
# Written without harakat; the matcher folds harakat, tatweel, أ إ آ to ا, ة to ه, ى to ي.
# Persian, Sorani and Urdu entries keep their own letters (ک ی گ پ چ ژ ە ێ ۆ ڕ ڵ ہ ے ٹ ڈ ڑ ھ).
# Because all four languages share this file, a term is rejected only if it is innocent in none of them:
# never listed: كس/کس alone, even as hold (Persian "person"), كون/کون (Arabic "being"), لن (Arabic "will not"),
# خونه (Persian "house"), لوطی as reject (Persian "chivalrous tough"),
# قواد (Arabic "leaders"), جهود (Arabic "efforts"), حيز (Arabic "space"), سور (Arabic "wall"), كسي/کسی.

# =====================================================================
# Arabic (standard and Iraqi, Levantine, Gulf, Egyptian forms)
# =====================================================================

# --- Arabic: profanity, curses on family and religion ---
profanity         reject  كس امك
profanity         reject  كسمك
profanity         reject  كسم
profanity         reject  كسمين
profanity         reject  كس اختك
profanity         reject  كس اخت
profanity         reject  كسختك
profanity         reject  كس امه
profanity         reject  كس اخته
profanity         reject  كسك
profanity         reject  يلعن ابوك
profanity         reject  يلعن ابوكم
profanity         reject  يلعن امك
profanity         reject  يلعن اختك
profanity         reject  يلعن اهلك
profanity         reject  يلعن دينك
profanity         reject  يلعن ربك
profanity         reject  يلعن شرفك
profanity         reject  انعل ابوك
profanity         reject  انعل ابوكم
profanity         reject  انعل والديك
profanity         reject  كل خرا
profanity         reject  اكل خرا
profanity         reject  خرا
profanity         reject  خرا عليك
profanity         hold    كسها
profanity         hold    يلعن ابو
profanity         hold    يلعن روحك
profanity         hold    انعل ابو
profanity         hold    انعل
profanity         hold    خره
profanity         hold    احا
profanity         hold    طز
profanity         hold    طز فيك
profanity         hold    تفو
profanity         hold    تفو عليك
profanity         hold    الله يلعنك
profanity         hold    لعنه الله عليك

# --- Arabic: vulgarity (sexual / obscene) ---
vulgarity         reject  انيك
vulgarity         reject  انيكك
vulgarity         reject  انيكها
vulgarity         reject  بنيكك
vulgarity         reject  حنيكك
vulgarity         reject  ينيك
vulgarity         reject  ينيكك
vulgarity         reject  ننيك
vulgarity         reject  نيكني
vulgarity         reject  نيك امك
vulgarity         reject  نياك
vulgarity         reject  زب
vulgarity         reject  زبي
vulgarity         reject  زبك
vulgarity         reject  زبه
vulgarity         reject  ايري فيك
vulgarity         reject  عيري
vulgarity         reject  عيري فيك
vulgarity         reject  طيز*
vulgarity         reject  بطيزك
vulgarity         reject  بزازها
vulgarity         reject  سكس
vulgarity         reject  افلام سكس
vulgarity         reject  افلام اباحيه
vulgarity         hold    نيك
vulgarity         hold    زبر
vulgarity         hold    ايري
vulgarity         hold    ايرك
vulgarity         hold    عير
vulgarity         hold    عيرك
vulgarity         hold    بزاز
vulgarity         hold    سكسي
vulgarity         hold    بورن
vulgarity         hold    مواقع اباحيه

# --- Arabic: personal attack, strong (reject) ---
personal_attack   reject  شرموط*
personal_attack   reject  شراميط
personal_attack   reject  قحب*
personal_attack   reject  قحاب
personal_attack   reject  كحبه
personal_attack   reject  كحاب
personal_attack   reject  گحبه
personal_attack   reject  منيوك*
personal_attack   reject  منيوج*
personal_attack   reject  منيوچ
personal_attack   reject  منايك
personal_attack   reject  متناك*
personal_attack   reject  عرص
personal_attack   reject  معرص*
personal_attack   reject  ديوث*
personal_attack   reject  گواد
personal_attack   reject  كواد
personal_attack   reject  ابن الگواد
personal_attack   reject  ابن الكلب
personal_attack   reject  ابن كلب
personal_attack   reject  بنت الكلب
personal_attack   reject  ولد الكلب
personal_attack   reject  ولاد الكلب
personal_attack   reject  اولاد الكلب
personal_attack   reject  يا كلب
personal_attack   reject  يا كلاب
personal_attack   reject  كلب ابن كلب
personal_attack   reject  ابن الحرام
personal_attack   reject  ابن حرام
personal_attack   reject  ولد الحرام
personal_attack   reject  اولاد الحرام
personal_attack   reject  ابن الزنا
personal_attack   reject  ابن زنا
personal_attack   reject  ولد زنا
personal_attack   reject  نغل
personal_attack   reject  نغول
personal_attack   reject  ابن الوسخه
personal_attack   reject  يا ابن الوسخه
personal_attack   reject  عديم الشرف
personal_attack   reject  عديمي الشرف

# --- Arabic: personal attack, mild or double-meaning (hold) ---
personal_attack   hold    عاهره
personal_attack   hold    عاهرات
personal_attack   hold    داعره
personal_attack   hold    فاجره
personal_attack   hold    ساقطه
personal_attack   hold    زانيه
personal_attack   hold    لبوه
personal_attack   hold    يا حمار
personal_attack   hold    حمار
personal_attack   hold    يا حمير
personal_attack   hold    يا حيوانات
personal_attack   hold    يا حيوان
personal_attack   hold    يا خنزير
personal_attack   hold    خنزير
personal_attack   hold    بهيمه
personal_attack   hold    يا بهيمه
personal_attack   hold    جحش
personal_attack   hold    مطي
personal_attack   hold    زمال
personal_attack   hold    تيس
personal_attack   hold    غبي
personal_attack   hold    اغبياء
personal_attack   hold    اهبل
personal_attack   hold    معتوه
personal_attack   hold    متخلف
personal_attack   hold    تافه
personal_attack   hold    حقير
personal_attack   hold    حقراء
personal_attack   hold    وسخ
personal_attack   hold    وسخه
personal_attack   hold    واطي
personal_attack   hold    سافل
personal_attack   hold    سفله
personal_attack   hold    منحط
personal_attack   hold    نذل
personal_attack   hold    خسيس
personal_attack   hold    زباله
personal_attack   hold    حثاله
personal_attack   hold    سرسري
personal_attack   hold    بلا شرف
personal_attack   hold    خاين
personal_attack   hold    حرامي
personal_attack   hold    اخرس
personal_attack   hold    انقلع
personal_attack   hold    روح موت
personal_attack   hold    الله ياخذك
personal_attack   hold    عساك تموت
personal_attack   hold    ان شاء الله تموت

# --- Arabic: identity abuse (reject) ---
identity_abuse    reject  روافض
identity_abuse    reject  الروافض
identity_abuse    hold    لوطي
identity_abuse    hold    لوطيين
identity_abuse    reject  مخنث*
identity_abuse    reject  مخانيث
identity_abuse    reject  احفاد القرده والخنازير
identity_abuse    reject  اخوان القرده
identity_abuse    reject  قرده وخنازير
identity_abuse    reject  يهودي قذر
identity_abuse    reject  اليهود القذرين
identity_abuse    reject  كردي قذر
identity_abuse    reject  عربي قذر
identity_abuse    reject  عرب قذرين
identity_abuse    reject  مسيحي قذر

# --- Arabic: identity abuse, coded or context-dependent (hold) ---
identity_abuse    hold    رافضي
identity_abuse    hold    رافضه
identity_abuse    hold    الرافضه
identity_abuse    hold    نواصب
identity_abuse    hold    النواصب
identity_abuse    hold    ناصبي
identity_abuse    hold    مجوس
identity_abuse    hold    المجوس
identity_abuse    hold    صفوي
identity_abuse    hold    الصفويين
identity_abuse    hold    صفويه
identity_abuse    hold    نصيري
identity_abuse    hold    النصيريه
identity_abuse    hold    عباد الصليب
identity_abuse    hold    عبده الصليب
identity_abuse    hold    كفار
identity_abuse    hold    الكفار
identity_abuse    hold    كافر
identity_abuse    hold    نجس
identity_abuse    hold    انجاس
identity_abuse    hold    خول
identity_abuse    hold    شاذ
identity_abuse    hold    شواذ
identity_abuse    hold    الشواذ
identity_abuse    hold    طنط
identity_abuse    hold    سحاقيه
identity_abuse    hold    فرخ
identity_abuse    hold    زنجي
identity_abuse    hold    زنوج
identity_abuse    hold    كاولي
identity_abuse    hold    كاوليه
identity_abuse    hold    ناقصات عقل
identity_abuse    hold    اكراد خونه
identity_abuse    hold    خنازير

# --- Arabic: threats (hold) ---
threat            hold    اقتلك
threat            hold    ساقتلك
threat            hold    راح اقتلك
threat            hold    رح اقتلك
threat            hold    بقتلك
threat            hold    هقتلك
threat            hold    حقتلك
threat            hold    سنقتلك
threat            hold    سنقتلكم
threat            hold    نقتلكم
threat            hold    اذبحك
threat            hold    ساذبحك
threat            hold    راح اذبحك
threat            hold    سنذبحكم
threat            hold    نذبحكم
threat            hold    جيناكم بالذبح
threat            hold    اقطع راسك
threat            hold    راح اقطع راسك
threat            hold    سنقطع رؤوسكم
threat            hold    نعرف وين ساكن
threat            hold    نعرف وين تسكن
threat            hold    نعرف وين بيتك
threat            hold    نعرف اين تسكن
threat            hold    نعرف بيتك
threat            hold    نعرف عنوانك
threat            hold    نعرف مكانك
threat            hold    ستدفع الثمن
threat            hold    راح تدفع الثمن
threat            hold    رح تدفع التمن
threat            hold    حتدفع التمن
threat            hold    ستندم
threat            hold    راح تندم
threat            hold    اقتلوهم
threat            hold    اقتلوهم جميعا
threat            hold    يجب قتلهم
threat            hold    الموت للعرب
threat            hold    الموت للكرد
threat            hold    الموت للاكراد
threat            hold    الموت لليهود
threat            hold    الموت للشيعه
threat            hold    الموت للسنه
threat            hold    الموت للمسيحيين
threat            hold    الموت للايزيديين

# --- Arabic: promotion ---
promotion         hold    راسلني واتساب
promotion         hold    تواصل معي واتساب
promotion         hold    تواصل واتساب
promotion         hold    للتواصل واتساب
promotion         hold    رقم الواتساب
promotion         hold    راسلني خاص
promotion         hold    راسلني على الخاص
promotion         hold    ادخل حسابي
promotion         hold    الرابط في البايو
promotion         hold    اضغط على الرابط
promotion         hold    اشتري الان
promotion         hold    اطلب الان
promotion         hold    اتصل الان
promotion         hold    عرض خاص
promotion         hold    خصم خاص
promotion         hold    تخفيضات
promotion         hold    مجانا
promotion         hold    مجاني
promotion         hold    الربح من الانترنت
promotion         hold    الربح من المنزل
promotion         hold    العمل من المنزل
promotion         hold    اربح المال
promotion         hold    ربح يومي
promotion         hold    دخل اضافي
promotion         hold    فوركس
promotion         hold    زيادة متابعين

# =====================================================================
# Sorani Kurdish
# =====================================================================

# --- Sorani: profanity and vulgarity ---
profanity         reject  دایکت بگێم
profanity         reject  دایکت دەگێم
profanity         reject  خوشکت بگێم
profanity         reject  خوشکت دەگێم
profanity         reject  گوو بخۆ
profanity         hold    گوو
vulgarity         reject  قوزی دایکت
vulgarity         reject  قوزی خوشکت
vulgarity         hold    قوز

# --- Sorani: personal attack ---
personal_attack   reject  قەحپە*
personal_attack   reject  قەحبە*
personal_attack   reject  قحبە*
personal_attack   reject  سەگباب*
personal_attack   reject  کوڕی سەگ
personal_attack   reject  کوڕە سەگ
personal_attack   reject  بێشەرەف*
personal_attack   reject  بێ شەرەف
personal_attack   reject  بێناموس*
personal_attack   reject  بێ ناموس
personal_attack   reject  زۆڵ
personal_attack   reject  زۆڵە
personal_attack   hold    کەر
personal_attack   hold    کەرە
personal_attack   hold    گێل
personal_attack   hold    گەوج
personal_attack   hold    گەمژە
personal_attack   hold    نەفام
personal_attack   hold    بێ ئەقڵ
personal_attack   hold    بێغیرەت
personal_attack   hold    بێ غیرەت
personal_attack   hold    بێ ویژدان
personal_attack   hold    خائین
personal_attack   hold    خیانەتکار

# --- Sorani: identity abuse ---
identity_abuse    reject  عەرەبی پیس
identity_abuse    reject  تورکی پیس
identity_abuse    reject  کوردی پیس
identity_abuse    reject  فارسی پیس
identity_abuse    hold    جاش
identity_abuse    hold    جاشەکان
identity_abuse    hold    جاشی

# --- Sorani: threats (hold) ---
threat            hold    دەتکوژم
threat            hold    دەتکوژین
threat            hold    دەتانکوژین
threat            hold    دەتانکوژم
threat            hold    سەرت دەبڕم
threat            hold    سەرتان دەبڕین
threat            hold    دەزانین لە کوێ دەژیت
threat            hold    دەزانین ماڵت لە کوێیە
threat            hold    باجی دەدەیت
threat            hold    پەشیمان دەبیتەوە
threat            hold    مەرگ بۆ عەرەب
threat            hold    مەرگ بۆ تورک
threat            hold    مەرگ بۆ کورد

# --- Sorani: promotion ---
promotion         hold    بەخۆڕایی
promotion         hold    داشکاندن
promotion         hold    ئێستا بیکڕە
promotion         hold    پارە پەیدا بکە
promotion         hold    لە ماڵەوە پارە
promotion         hold    واتساپ بکە

# =====================================================================
# Persian (Farsi, Dari)
# =====================================================================

# --- Persian: profanity ---
profanity         reject  کس ننت
profanity         reject  کس ننه
profanity         reject  کس مادرت
profanity         reject  کس خواهرت
profanity         reject  کص
profanity         reject  کص ننت
profanity         reject  کصکش*
profanity         reject  کسکش*
profanity         reject  کس کش
profanity         reject  کسخل*
profanity         reject  کس خل
profanity         reject  کصخل*
profanity         reject  کسشر
profanity         reject  کصشر
profanity         reject  مادرتو گاییدم
profanity         reject  ننتو گاییدم
profanity         reject  خواهرتو گاییدم
profanity         reject  گایید*
profanity         reject  میگام
profanity         reject  میگامت
profanity         reject  بگامت
profanity         reject  گوه نخور
profanity         reject  گه نخور
profanity         reject  گه خوردی
profanity         reject  گوه خوردی
profanity         reject  گوه
profanity         hold    کس شعر
profanity         hold    کس نگو
profanity         hold    بگا
profanity         hold    گه
profanity         hold    ننت

# --- Persian: vulgarity ---
vulgarity         reject  کیر
vulgarity         reject  کیرم
vulgarity         reject  کیرمو
vulgarity         reject  کیری
vulgarity         reject  کیرخر
vulgarity         reject  کیر خر
vulgarity         reject  تو کونت
vulgarity         reject  کون گشاد
vulgarity         reject  کونکش
vulgarity         hold    کونی

# --- Persian: personal attack ---
personal_attack   reject  مادرجنده
personal_attack   reject  مادر جنده
personal_attack   reject  جنده خانه
personal_attack   reject  زن جنده
personal_attack   reject  جاکش*
personal_attack   reject  دیوث
personal_attack   reject  قرمساق
personal_attack   reject  پدرسگ
personal_attack   reject  پدر سگ
personal_attack   reject  حرومزاد*
personal_attack   reject  حرامزاد*
personal_attack   reject  حروم زاده
personal_attack   reject  زنازاده
personal_attack   reject  بیشرف*
personal_attack   reject  بی شرف
personal_attack   reject  بیناموس*
personal_attack   reject  بی ناموس
personal_attack   hold    جنده
personal_attack   hold    لاشی
personal_attack   hold    هرزه
personal_attack   hold    فاحشه
personal_attack   hold    روسپی
personal_attack   hold    پدرسوخته
personal_attack   hold    توله سگ
personal_attack   hold    سگ صفت
personal_attack   hold    بیغیرت
personal_attack   hold    بی غیرت
personal_attack   hold    بی پدر
personal_attack   hold    بیشعور
personal_attack   hold    بی شعور
personal_attack   hold    احمق
personal_attack   hold    الاغ
personal_attack   hold    خر
personal_attack   hold    کودن
personal_attack   hold    نفهم
personal_attack   hold    عوضی
personal_attack   hold    آشغال
personal_attack   hold    کثافت
personal_attack   hold    لجن
personal_attack   hold    خفه شو
personal_attack   hold    گمشو
personal_attack   hold    گم شو

# --- Persian: identity abuse ---
identity_abuse    reject  سوسمارخور*
identity_abuse    reject  سوسمار خور
identity_abuse    reject  ملخ خور
identity_abuse    reject  ملخخور
identity_abuse    reject  عرب کثیف
identity_abuse    reject  عربای کثیف
identity_abuse    reject  افغانی کثیف
identity_abuse    reject  افغانی های کثیف
identity_abuse    reject  ترک خر
identity_abuse    reject  کرد خر
identity_abuse    reject  لر خر
identity_abuse    reject  یهودی کثیف
identity_abuse    reject  کاکا سیاه
identity_abuse    reject  کاکاسیاه
identity_abuse    reject  اوبنه ای
identity_abuse    reject  اوبنه ای ها
identity_abuse    reject  کونده
identity_abuse    reject  بچه کونی
identity_abuse    hold    کولی
identity_abuse    hold    همجنسباز
identity_abuse    hold    همجنس باز

# --- Persian: threats (hold) ---
threat            hold    میکشمت
threat            hold    می کشمت
threat            hold    میکشیمت
threat            hold    می کشیمت
threat            hold    سرتو میبرم
threat            hold    سرت را میبرم
threat            hold    سرتو می برم
threat            hold    میدونیم کجا زندگی میکنی
threat            hold    می دونیم کجا زندگی می کنی
threat            hold    میدونیم خونت کجاست
threat            hold    میدونم خونت کجاست
threat            hold    تاوانشو میدی
threat            hold    تاوانش را میدهی
threat            hold    پشیمونت میکنم
threat            hold    مرگ بر عرب
threat            hold    مرگ بر کرد
threat            hold    مرگ بر افغانی
threat            hold    مرگ بر یهود

# --- Persian: promotion ---
promotion         hold    رایگان
promotion         hold    تخفیف
promotion         hold    تخفیف ویژه
promotion         hold    همین الان خرید
promotion         hold    خرید کنید
promotion         hold    کسب درآمد
promotion         hold    درآمد دلاری
promotion         hold    درآمد از خانه
promotion         hold    کار در منزل
promotion         hold    پیج ما را فالو کنید
promotion         hold    فالو کنید
promotion         hold    لینک در بیو
promotion         hold    شماره واتساپ
promotion         hold    سایت شرط بندی

# =====================================================================
# Urdu
# =====================================================================

# --- Urdu: profanity and vulgarity ---
profanity         reject  بہن چود
profanity         reject  بہنچود
profanity         reject  بھن چود
profanity         reject  بھنچود
profanity         reject  ماں چود
profanity         reject  مادرچود
profanity         reject  مادر چود
profanity         reject  بہن کے لوڑے
profanity         reject  بھوسڑی*
vulgarity         reject  چوت
vulgarity         reject  چوتیا*
vulgarity         reject  چوتیے
vulgarity         reject  چوتیوں
vulgarity         reject  پھدی
vulgarity         reject  لوڑا
vulgarity         reject  لوڑے
vulgarity         reject  گانڈ
vulgarity         reject  گانڈو*

# --- Urdu: personal attack ---
personal_attack   reject  رنڈی*
personal_attack   reject  بھڑوا
personal_attack   reject  بھڑوے
personal_attack   reject  کتیا
personal_attack   reject  کتی
personal_attack   reject  کتے کا بچہ
personal_attack   reject  کتے کی اولاد
personal_attack   reject  سور کا بچہ
personal_attack   reject  سور کی اولاد
personal_attack   hold    کنجر
personal_attack   hold    کنجری
personal_attack   hold    حرام خور
personal_attack   hold    کتے
personal_attack   hold    الو کا پٹھا
personal_attack   hold    گدھا
personal_attack   hold    گدھے
personal_attack   hold    بیوقوف
personal_attack   hold    بے وقوف
personal_attack   hold    کمینہ
personal_attack   hold    کمینے
personal_attack   hold    بے غیرت
personal_attack   hold    بےغیرت
personal_attack   hold    لعنتی
personal_attack   hold    خبیث
personal_attack   hold    ذلیل

# --- Urdu: identity abuse ---
identity_abuse    reject  چوہڑا
identity_abuse    reject  چوہڑے
identity_abuse    reject  شیعہ کافر
identity_abuse    hold    کھسرا
identity_abuse    hold    ہیجڑا
identity_abuse    hold    ہیجڑے
identity_abuse    hold    مرزائی

# --- Urdu: threats (hold) ---
threat            hold    جان سے مار دوں گا
threat            hold    جان سے مار دیں گے
threat            hold    تمہیں مار دوں گا
threat            hold    تجھے مار دوں گا
threat            hold    تمہیں قتل کر دوں گا
threat            hold    تجھے قتل کر دوں گا
threat            hold    تمہارا سر کاٹ دوں گا
threat            hold    سر تن سے جدا
threat            hold    ہم جانتے ہیں تم کہاں رہتے ہو
threat            hold    قیمت چکانی پڑے گی
threat            hold    تجھے دیکھ لوں گا

# --- Urdu: promotion ---
promotion         hold    ابھی خریدیں
promotion         hold    مفت
promotion         hold    رعایت
promotion         hold    ڈسکاؤنٹ
promotion         hold    گھر بیٹھے
promotion         hold    پیسے کمائیں
promotion         hold    آن لائن کمائیں
promotion         hold    واٹس ایپ کریں
promotion         hold    واٹس ایپ نمبر

# =====================================================================
# --- second pass (Arabic, Sorani, Persian, Urdu) ---
# =====================================================================

# --- second pass, Arabic: veiled and conditional threats (hold) ---
threat            hold    نعرف وين يسكن
threat            hold    نعرف وين تشتغل
threat            hold    نعرف وين يشتغل
threat            hold    نعرف بيته
threat            hold    نعرف سيارتك
threat            hold    نعرف سيارته
threat            hold    نعرف عنوانه
threat            hold    نعرف مكتبك
threat            hold    نعرف مكان شغلك
threat            hold    نعرف مسجده
threat            hold    منعرف وين ساكن
threat            hold    منعرف بيتك
threat            hold    ندري وين ساكن
threat            hold    ندري وين بيتك
threat            hold    يومك جاي
threat            hold    يومك قريب
threat            hold    يومه جاي
threat            hold    سيأتي يومك
threat            hold    سيدفع الثمن
threat            hold    ستدفعون الثمن
threat            hold    راح يدفع الثمن
threat            hold    رح يدفع التمن
threat            hold    هيدفع التمن
threat            hold    خليه ينتبه لنفسه
threat            hold    خليه يدير باله
threat            hold    ننتظرك بعد المباراة
threat            hold    نستناك بعد الماتش
threat            hold    نستناك برا
threat            hold    امثاله يختفون
threat            hold    لن يعيش ليرى
threat            hold    سيحدث لك شيء
threat            hold    راح يصير له شي
threat            hold    رح يصيرلك شي
threat            hold    سنحرق بيتك
threat            hold    راح نحرق بيتك
threat            hold    سنحرق المبنى
threat            hold    سنحرق مكتبكم
threat            hold    راح نحرقكم
threat            hold    نزورك في بيتك
threat            hold    لن يحميك احد
threat            hold    محد راح يحميك
threat            hold    لن تنام مرتاح
threat            hold    راح اكسر راسك
threat            hold    اكسرلك راسك
threat            hold    اكسر وجهك

# --- second pass, Arabic: group generalisations and dehumanising words (hold) ---
identity_abuse    hold    كلهم حيوانات
identity_abuse    hold    هؤلاء حيوانات
identity_abuse    hold    هذه الحثالة
identity_abuse    hold    هذا الجنس
identity_abuse    hold    في دمهم
identity_abuse    hold    بطبعهم
identity_abuse    hold    حشرات
identity_abuse    hold    صراصير
identity_abuse    hold    جرذان
identity_abuse    hold    قرود
identity_abuse    hold    ارجعوا لبلادكم
identity_abuse    hold    ارجع لبلدك
identity_abuse    hold    رجعوهم لبلادهم
identity_abuse    hold    اطردوهم كلهم
identity_abuse    hold    كل العرب
identity_abuse    hold    كل الاكراد

# --- second pass, Arabic: insults with no swearword (hold) ---
personal_attack   hold    عقل عصفور
personal_attack   hold    مخ عصفور
personal_attack   hold    مخ دجاجة
personal_attack   hold    ارجع للمدرسة
personal_attack   hold    ما تفهم شي
personal_attack   hold    لا تفهم شيئا
personal_attack   hold    يا فاشل
personal_attack   hold    يا مهرج
personal_attack   hold    يا كذاب
personal_attack   hold    يا طفيلي
personal_attack   hold    سكر تمك
personal_attack   hold    انچب
personal_attack   hold    سد بوزك

# --- second pass, Arabic: sexual slang ---
vulgarity         hold    نكتها
vulgarity         reject  مص زبي
vulgarity         reject  تتناك
vulgarity         reject  انيجك
vulgarity         reject  انيچك
vulgarity         hold    انكحك

# --- second pass, Arabic: promotion (hold) ---
promotion         hold    انستغرام
promotion         hold    انستقرام
promotion         hold    انستا
promotion         hold    واتساب
promotion         hold    تلغرام
promotion         hold    تليجرام
promotion         hold    تيك توك
promotion         hold    سناب شات
promotion         hold    يوتيوب
promotion         hold    اشترك في قناتي
promotion         hold    تابعوني
promotion         hold    تابعوا صفحتي
promotion         hold    الرابط بالبايو
promotion         hold    كلمني خاص
promotion         hold    تواصل معي
promotion         hold    اسعار رخيصة
promotion         hold    اربح من البيت

# --- second pass, Sorani (hold) ---
threat            hold    دەزانین لە کوێ دەژی
threat            hold    دەزانین ماڵی لە کوێیە
threat            hold    ماڵت دەناسین
threat            hold    ڕۆژی تۆش دێت
threat            hold    باجەکەی دەدات
threat            hold    چاوەڕێت دەکەین
threat            hold    ماڵەکەت دەسووتێنین
threat            hold    کەس ناتپارێزێت
threat            hold    دەموچاوت دەشکێنم
identity_abuse    hold    وەک ئاژەڵ
identity_abuse    hold    بگەڕێوە بۆ وڵاتەکەت
personal_attack   hold    مێشکی مریشک
personal_attack   hold    هیچ تێناگەیت
personal_attack   hold    درۆزن
personal_attack   hold    دەمت داخە
promotion         hold    ئینستاگرام
promotion         hold    تێلیگرام
promotion         hold    پەیجەکەم

# --- second pass, Persian (hold) ---
threat            hold    میدونیم کجا کار میکنی
threat            hold    خونتو بلدیم
threat            hold    آدرستو داریم
threat            hold    روزت میرسه
threat            hold    تاوانشو پس میده
threat            hold    منتظرت هستیم
threat            hold    خونتو آتیش میزنیم
threat            hold    هیچکس نمیتونه نجاتت بده
threat            hold    دهنتو سرویس میکنم
identity_abuse    hold    مثل حیوون
identity_abuse    hold    برگرد کشورت
personal_attack   hold    مغز گنجشک
personal_attack   hold    هیچی نمیفهمی
personal_attack   hold    دلقک
personal_attack   hold    دهنتو ببند
vulgarity         hold    میکنمت
vulgarity         hold    ساک بزن
promotion         hold    اینستاگرام
promotion         hold    تلگرام
promotion         hold    دایرکت بده
promotion         hold    فالو کن

# --- second pass, Urdu (hold) ---
threat            hold    ہمیں پتا ہے تم کہاں رہتے ہو
threat            hold    تیرا گھر پتا ہے
threat            hold    تمہارا دن آئے گا
threat            hold    بچ کے رہنا
threat            hold    گھر جلا دیں گے
threat            hold    منہ توڑ دوں گا
identity_abuse    hold    کیڑے مکوڑے
identity_abuse    hold    اپنے ملک واپس جاؤ
personal_attack   hold    منہ بند رکھو
personal_attack   hold    جھوٹا
personal_attack   hold    نکما
promotion         hold    انسٹاگرام
promotion         hold    ٹک ٹاک
promotion         hold    فالو کریں
# --- third pass
# Arabic: sectarian and ethnic codes (Iraq, Gulf, Levant)
identity_abuse    hold    ذيول ايران
identity_abuse    hold    اذناب ايران
identity_abuse    hold    عبيد ايران
identity_abuse    hold    عبيد الولي الفقيه
identity_abuse    hold    عبيد السفاره
identity_abuse    hold    جوكريه
identity_abuse    hold    البكريه
identity_abuse    hold    عفالقه
identity_abuse    hold    بعثي عفلقي
identity_abuse    hold    كلكم دواعش
identity_abuse    hold    كلهم دواعش
identity_abuse    hold    شروگي
identity_abuse    hold    شروكي
identity_abuse    hold    جحوش
identity_abuse    hold    اسرائيل الثانيه
identity_abuse    hold    صهاينه الكرد
identity_abuse    hold    عباد الشيطان
# Arabic: insults with no swearword (all dialects)
personal_attack   hold    مخك فاضي
personal_attack   hold    عقلك صغير
personal_attack   hold    جوزه فارغه
personal_attack   hold    روح اقرا الابراج
personal_attack   hold    ما تسوى
personal_attack   hold    يا مسخره
personal_attack   hold    انت مهرج
personal_attack   hold    يا عميل
personal_attack   hold    يا جبان
personal_attack   hold    انت جبان
personal_attack   hold    اهبل القريه
personal_attack   hold    مجنون القريه
personal_attack   hold    يا جاهل
personal_attack   hold    انت جاهل
personal_attack   hold    انت فاشل
personal_attack   hold    طبال
personal_attack   hold    يا طبال
personal_attack   hold    ذباب الكتروني
personal_attack   hold    جربوع
personal_attack   hold    دلخ
personal_attack   hold    يا خبل
personal_attack   hold    هتلي
personal_attack   hold    چلب
personal_attack   reject  ابن الچلب
personal_attack   hold    عبيط
personal_attack   hold    اهطل
personal_attack   hold    غدار
# Arabic: veiled threats
threat            hold    نعرف شارعك
threat            hold    نعرف رقم بيتك
threat            hold    نعرف ولادك
threat            hold    نعرف مدرسه ولادك
threat            hold    راح نشوفك
threat            hold    راح نتلاقى
threat            hold    رح نتلاقى
threat            hold    خليه يخاف
threat            hold    لازم يخاف
threat            hold    يخاف على روحه
threat            hold    ما يمشي لوحده
threat            hold    لا يمشي وحده
threat            hold    الحوادث تصير
threat            hold    راح نحجي وياه
threat            hold    رح نحكي معه
threat            hold    المنطقه ما تنسى
threat            hold    الحاره ما تنسى
threat            hold    ستتحمل العواقب
threat            hold    راح تتحمل العواقب
threat            hold    درس ما ينساه
threat            hold    درسا لن ينساه
threat            hold    نعلمه درس
threat            hold    راح نربيه
threat            hold    احرقوا بيته
threat            hold    احرقوا المسجد
threat            hold    احرقوا الكنيسه
threat            hold    احرقوا المخيم
# Arabic: sexual slang, conjugated and spelled out
vulgarity         reject  انيكه
vulgarity         reject  ينيكون
vulgarity         reject  تنتاك
vulgarity         reject  انتاك
vulgarity         hold    نكتك
vulgarity         reject  ش ر م و ط ه
vulgarity         reject  ق ح ب ه
vulgarity         reject  م ن ي و ك
vulgarity         reject  ع ر ص
vulgarity         hold    ن ي ك
# Persian: slurs, insults, threats, sexual slang
identity_abuse    hold    افغونی
identity_abuse    hold    ساندیس خور
identity_abuse    hold    جیره خوار
personal_attack   hold    مغز نخودی
personal_attack   hold    بی مغز
personal_attack   hold    بیمغز
personal_attack   hold    عقب مونده
personal_attack   hold    برو درستو بخون
personal_attack   hold    برو فال بگیر
personal_attack   hold    مترسک
personal_attack   hold    عروسک خیمه شب بازی
personal_attack   hold    ترسو
personal_attack   hold    بزدل
personal_attack   hold    بی عرضه
personal_attack   hold    بیعرضه
personal_attack   hold    پفیوز
personal_attack   hold    بی همه چیز
personal_attack   hold    اسکل
personal_attack   hold    خنگ
personal_attack   hold    گاو نفهم
personal_attack   hold    مزدور
threat            hold    میبینمت
threat            hold    همدیگه رو میبینیم
threat            hold    حسابتو میرسیم
threat            hold    حسابشو میرسیم
threat            hold    حالتو میگیرم
threat            hold    باید بترسه
threat            hold    تنها بیرون نرو
threat            hold    پلاک خونت
threat            hold    کوچتونو بلدیم
threat            hold    یه درس بهش میدیم
threat            hold    آتیشش بزنید
threat            hold    به آتش بکشید
vulgarity         reject  میگامش
vulgarity         hold    جق
vulgarity         reject  ک ی ر
vulgarity         reject  ج ن د ه
vulgarity         reject  ک س ک ش
# Sorani
personal_attack   hold    کاسەلێس
personal_attack   hold    ترسنۆک
personal_attack   hold    بێ مێشک
personal_attack   hold    مێشکت نییە
personal_attack   hold    گاڵتەجاڕ
personal_attack   hold    قەشمەر
personal_attack   hold    بچۆ بخوێنە
identity_abuse    hold    نۆکەری تورک
identity_abuse    hold    نۆکەری ئێران
identity_abuse    hold    بەکرێگیراو
threat            hold    یەکتر دەبینینەوە
threat            hold    دەبێت بترسێت
threat            hold    بە تەنها مەڕۆ
threat            hold    شەقامەکەت دەزانین
# Urdu
identity_abuse    hold    قادیانی کافر
identity_abuse    hold    پٹواری
identity_abuse    hold    یوتھیا
personal_attack   hold    لفافہ
personal_attack   hold    کٹھ پتلی
personal_attack   hold    ڈرپوک
personal_attack   hold    پاگل
personal_attack   hold    جاہل
threat            hold    تمہیں دیکھ لیں گے
threat            hold    انجام برا ہوگا
threat            hold    سبق سکھائیں گے
threat            hold    اکیلے مت نکلنا
threat            hold    آگ لگا دو
profanity         reject  بھین چود
profanity         reject  بہنچو
profanity         hold    تیری ماں کی
profanity         reject  ب ہ ن چ و د

# --- Veiled threats, insults and slurs read in the development set's misses (28 Nov 2026) ---
threat            hold    وين بيته
threat            hold    نعرف وين
threat            hold    الأيام بيننا
threat            hold    مراقب خودش باشد
threat            hold    از ما گفتن بود
threat            hold    منتظرش هستیم
vulgarity         reject  دایکتان دەگێم
personal_attack   hold    کەرێکی بێمێشکە
`;
