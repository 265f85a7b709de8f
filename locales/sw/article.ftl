### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = Biashara haramu ya binadamu kwa ajili ya ngono ni nini?
article-lead = Biashara haramu ya binadamu kwa ajili ya ngono ni uhalifu. Inaweza kumpata mtu yeyote. Jifunze dalili zake, na ujifunze jinsi ya kusaidia.

## Section: what sex trafficking is.

article-what-heading = Ni nini
article-what-human = Biashara haramu ya binadamu ni uhalifu ambapo watu hutumiwa kwa nguvu, udanganyifu au shuruti ili mtu mwingine apate faida.
article-what-sex = Biashara haramu ya binadamu kwa ajili ya ngono ni aina moja ya biashara haramu ya binadamu. Mtu hulazimishwa kufanya vitendo vya ngono kwa kubadilishana na pesa au kitu kingine chenye thamani. Mtu akiwa chini ya umri wa miaka 18, ni biashara haramu ya binadamu kwa ajili ya ngono hata bila nguvu, udanganyifu au shuruti.
article-what-smuggling = Biashara haramu ya binadamu si sawa na kuvusha watu mpaka kwa magendo. Biashara haramu ya binadamu ni uhalifu dhidi ya mtu. Kuvusha watu mpaka kwa magendo ni uhalifu dhidi ya mpaka wa nchi.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Sheria inasema nini
article-law-intro = Sheria kuu ya Marekani ni Sheria ya Kuwalinda Waathiriwa wa Biashara Haramu ya Binadamu ya mwaka 2000 (kwa Kiingereza: Trafficking Victims Protection Act, TVPA), pamoja na marekebisho yake. Ilikuwa sheria ya kwanza kamili ya shirikisho dhidi ya biashara haramu ya binadamu. Inapatikana katika 22 U.S.C. § 7102. Inatoa maana mbili za kisheria:
article-law-force = Biashara haramu ya binadamu kwa ajili ya ngono: kumwajiri, kumhifadhi, kumsafirisha, kumkabidhi, kumpata, kumlipia au kumtaka mtu kwa ajili ya kitendo cha ngono cha kibiashara.
article-law-minor = Aina kali ya biashara haramu ya binadamu: biashara haramu ya binadamu kwa ajili ya ngono ambapo nguvu, udanganyifu au shuruti vinamlazimisha mtu kufanya kitendo cha ngono, au ambapo mtu huyo yuko chini ya umri wa miaka 18. Akiwa chini ya miaka 18, si lazima kuwe na nguvu, udanganyifu au shuruti. Ulinzi ambao sheria inawapa waathiriwa umejengwa juu ya maana hii.
article-law-commercial = “Kitendo cha ngono cha kibiashara” ni kitendo chochote cha ngono ambacho kwa ajili yake mtu yeyote anatoa au anapata kitu chochote chenye thamani.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Nani yuko hatarini
article-who-target = Wafanyabiashara wa binadamu huwatafuta watu wenye ulinzi mdogo zaidi: watu maskini, watu waliosoma kidogo, au watu wasio na kibali halali cha uhamiaji. Wahamiaji wako hatarini wakiwa njiani na baada ya kufika.
article-who-anyone = Waathiriwa wanaweza kuwa wa rangi yoyote, jinsia yoyote, asili yoyote au uraia wowote. Wanaume na wavulana pia ni waathiriwa, lakini hugunduliwa mara chache sana. Wavulana na wanaume vijana ambao ni LGBTQIA+ wako katika hatari kubwa zaidi.
article-who-unreported = Visa vingi haviripotiwi kamwe. Waathiriwa wanaweza kuhofia usalama wao. Wanaweza kuogopa polisi, mahakama au huduma nyingine.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Dalili kumi za hatari
article-flags-intro = Dalili hizi zinaweza kumaanisha kwamba mtu ni mwathiriwa wa biashara haramu ya binadamu.

## Section: what a bystander can do.

article-act-heading = Unachoweza kufanya
article-act-confront = Usimkabili mtu unayedhani ni mfanyabiashara wa binadamu. Kufanya hivyo kunaweza kumweka mwathiriwa katika hatari zaidi.
article-act-danger = Ikiwa mtu yuko hatarini sasa hivi, piga simu { -emergency-phone }.
article-act-report = Ikiwa sivyo, piga simu au tuma ujumbe kwa simu ya msaada. Wanaweza kukusaidia kuamua la kufanya.
article-act-discreet = Kuwa mwangalifu na mwenye huruma. Weka siri unachokijua.
