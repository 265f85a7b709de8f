### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = Kisa trafik moun pou sèks ye?
article-lead = Trafik moun pou sèks se yon krim. Sa ka rive nenpòt moun. Aprann konnen siy yo, epi aprann kijan pou w ede.

## Section: what sex trafficking is.

article-what-heading = Kisa li ye
article-what-human = Trafik moun se yon krim kote yo sèvi ak moun pa mwayen fòs, fwod oswa presyon, pou yon lòt moun ka jwenn benefis.
article-what-sex = Trafik moun pou sèks se yon kalite trafik moun. Yo fòse moun nan fè zak seksyèl an echanj pou lajan oswa pou nenpòt lòt bagay ki gen valè. Lè moun nan poko gen 18 an, se trafik moun pou sèks, menm si pa gen fòs, fwod oswa presyon.
article-what-smuggling = Trafik moun pa menm bagay ak kontrebann moun (fè moun pase yon fwontyè an kachèt). Trafik moun se yon krim kont yon moun. Kontrebann moun se yon krim kont fwontyè yon peyi.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Sa lalwa di
article-law-intro = Lwa prensipal Etazini an se Lwa pou Pwoteje Viktim Trafik Moun ane 2000 an (an anglè, Trafficking Victims Protection Act, TVPA), ak amannman yo te fè ladan l. Se te premye lwa federal konplè kont trafik moun. Li nan 22 U.S.C. § 7102. Lwa sa a bay de definisyon:
article-law-force = Trafik moun pou sèks: rekrite, loje, transpòte, bay oswa jwenn yon moun pou yon zak seksyèl komèsyal, oswa peye oswa mande yon zak seksyèl komèsyal ak moun nan.
article-law-minor = Yon fòm trafik moun ki grav: trafik moun pou sèks kote yo sèvi ak fòs, fwod oswa presyon pou fè moun nan fè zak seksyèl la, oswa kote moun nan poko gen 18 an. Si moun nan poko gen 18 an, pa bezwen gen fòs, fwod oswa presyon. Pwoteksyon lwa a bay viktim yo chita sou definisyon sa a.
article-law-commercial = Yon « zak seksyèl komèsyal » se nenpòt zak seksyèl kote yon moun bay oswa resevwa nenpòt bagay ki gen valè an echanj.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Ki moun ki an danje
article-who-target = Trafikan moun yo chèche moun ki gen mwens pwoteksyon: moun ki pòv, moun ki pa t al lekòl anpil, oswa moun ki pa gen estati imigrasyon legal. Migran yo an danje pandan vwayaj la ak apre yo fin rive.
article-who-anyone = Nenpòt moun ka vin viktim, kèlkeswa ras li, sèks li, orijin li oswa nasyonalite li. Gason ak tigason se viktim tou, men yo idantifye yo pi ra anpil. Tigason ak jennonm LGBTQIA+ yo an danje plis toujou.
article-who-unreported = Anpil ka moun pa janm rapòte. Viktim yo ka pè pou sekirite yo. Yo ka pè lapolis, tribinal yo oswa lòt sèvis.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Dis siy danje
article-flags-intro = Siy sa yo ka vle di yon moun se viktim trafik moun.

## Section: what a bystander can do.

article-act-heading = Sa ou ka fè
article-act-confront = Pa konfwonte yon moun ou kwè ki trafikan moun. Sa ka mete viktim nan nan plis danje.
article-act-danger = Si yon moun an danje kounye a menm, rele { -emergency-phone }.
article-act-report = Si pa gen danje kounye a menm, rele oswa voye yon tèks bay liy dirèk la. Li ka ede w deside sa pou w fè.
article-act-discreet = Fè atansyon, epi aji avèk dousè. Pa pale sa ou konnen ak tout moun.
