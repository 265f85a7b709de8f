### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = Waa maxay ka ganacsiga dadka ee galmada?
article-lead = Ka ganacsiga dadka ee galmadu waa dembi. Qof kasta wuu ku dhici karaa. Baro calaamadaha, oo baro sida aad u caawin karto.

## Section: what sex trafficking is.

article-what-heading = Waa maxay
article-what-human = Ka ganacsiga dadku waa dembi. Dadka waxaa loo adeegsadaa xoog, khiyaano ama cadaadis, si qof kale uga faa'iideysto.
article-what-sex = Ka ganacsiga dadka ee galmadu waa nooc ka mid ah ka ganacsiga dadka. Qofka waxaa lagu qasbaa falal galmo, iyadoo lagu beddelanayo lacag ama wax kale oo qiimo leh. Haddii qofku ka yar yahay 18 sano, waa ka ganacsiga dadka ee galmada, xataa haddii aan xoog, khiyaano ama cadaadis jirin.
article-what-smuggling = Ka ganacsiga dadka iyo gudbinta sharci darrada ah ee dadku isku mid ma aha. Ka ganacsiga dadku waa dembi ka dhan ah qof. Gudbinta sharci darrada ah ee dadku waa marka qof lacag ku qaato si uu dad si sharci darro ah xuduud uga gudbiyo. Taasi waa dembi ka dhan ah xuduudda dal.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Waxa sharcigu dhigayo
article-law-intro = Sharciga ugu muhiimsan ee Maraykanka waa Sharciga Ilaalinta Dhibbanayaasha Ka Ganacsiga Dadka ee sannadka 2000 (Af-Ingiriis: Trafficking Victims Protection Act, TVPA), oo wax laga beddelay. Wuxuu ahaa sharcigii federaalka ahaa ee ugu horreeyay ee dhammaystiran oo ka dhan ah ka ganacsiga dadka. Wuxuu ku qoran yahay 22 U.S.C. § 7102. Wuxuu bixiyaa laba qeexitaan:
article-law-force = Ka ganacsiga dadka ee galmada: in qof la qoro, la hoyiyo, la raro, la bixiyo, la helo, lacag laga bixiyo ama la codsado si loogu adeegsado fal galmo oo ganacsi ah.
article-law-minor = Nooc ba'an oo ka ganacsiga dadka ah: ka ganacsiga dadka ee galmada marka xoog, khiyaano ama cadaadis loo adeegsado si qofku u sameeyo falka galmada, ama marka qofku ka yar yahay 18 sano. Haddii qofku ka yar yahay 18 sano, looma baahna xoog, khiyaano ama cadaadis. Ilaalinta sharcigu siiyo dhibbanayaasha waxay ku salaysan tahay qeexitaankan.
article-law-commercial = “Fal galmo oo ganacsi ah” waa fal galmo kasta oo qof kastaa ku bixiyo ama ku helo wax kasta oo qiimo leh.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Yaa khatar ku jira
article-who-target = Kuwa ka ganacsada dadka waxay raadiyaan dadka ay ilaalintoodu ugu yar tahay: dadka saboolka ah, dadka wax yar bartay, ama dadka aan haysan sharci socdaal. Muhaajiriintu khatar ayay ku jiraan marka ay jidka ku jiraan iyo marka ay yimaadaan kadib.
article-who-anyone = Dhibbanayaashu waxay noqon karaan isir kasta, jinsi kasta, asal kasta ama dhalasho kasta. Ragga iyo wiilasha sidoo kale waa dhibbanayaal, laakiin marar aad u yar ayaa la ogaadaa. Wiilasha iyo ragga dhallinyarada ah ee LGBTQIA+ khatar gaar ah ayay ku jiraan.
article-who-unreported = Kiisas badan weligood lama soo sheego. Dhibbanayaashu waxay u baqi karaan nabadgelyadooda. Waxay ka baqi karaan booliska, maxkamadaha ama adeegyada kale.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Toban calaamadood oo digniin ah
article-flags-intro = Calaamadahan waxay muujin karaan in qof uu dhibbane u yahay ka ganacsiga dadka.

## Section: what a bystander can do.

article-act-heading = Waxa aad samayn karto
article-act-confront = Ha la doodin hana ka hor iman qof aad u malaynayso inuu dadka ka ganacsado. Taasi waxay dhibbanaha gelin kartaa khatar ka sii weyn.
article-act-danger = Haddii qof hadda khatar ku jiro, wac { -emergency-phone }.
article-act-report = Haddii kale, wac ama qoraal u dir khadka caawinta. Wuxuu kaa caawin karaa inaad go'aansato waxa aad samayn lahayd.
article-act-discreet = Taxaddar oo naxariis yeelo. Waxa aad ogtahay qarsoodi ka dhig.
