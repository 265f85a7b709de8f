### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = Ano ang pangangalakal ng tao para sa seks?
article-lead = Krimen ang pangangalakal ng tao para sa seks. Puwede itong mangyari sa kahit sino. Alamin ang mga palatandaan, at alamin kung paano tumulong.

## Section: what sex trafficking is.

article-what-heading = Ano ito
article-what-human = Ang pangangalakal ng tao (human trafficking) ay krimen kung saan ginagamit ang mga tao sa pamamagitan ng puwersa, pandaraya o pamimilit para makinabang ang iba.
article-what-sex = Ang pangangalakal ng tao para sa seks ay isang uri ng pangangalakal ng tao. Pinipilit ang tao na gumawa ng mga gawaing sekswal kapalit ng pera o ng anumang bagay na may halaga. Kapag wala pang 18 taong gulang ang tao, pangangalakal ng tao para sa seks ito kahit walang puwersa, pandaraya o pamimilit.
article-what-smuggling = Hindi pareho ang pangangalakal ng tao at ang pagpupuslit ng tao (smuggling). Krimen laban sa isang tao ang pangangalakal ng tao. Krimen laban sa hangganan ng isang bansa ang pagpupuslit ng tao.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Ang sinasabi ng batas
article-law-intro = Ang pangunahing batas ng Estados Unidos ay ang Batas sa Proteksyon ng mga Biktima ng Pangangalakal ng Tao ng 2000 (sa Ingles, Trafficking Victims Protection Act, TVPA), kasama ang mga susog dito. Ito ang unang kumpletong pederal na batas laban sa pangangalakal ng tao. Makikita ito sa 22 U.S.C. § 7102. Nagbibigay ito ng dalawang kahulugan:
article-law-force = Pangangalakal ng tao para sa seks: ang pangangalap, pagkakanlong, paglilipat, pagbibigay o pagkuha ng isang tao para sa isang komersyal na gawaing sekswal, o ang pagbabayad o paghingi ng komersyal na gawaing sekswal sa taong iyon.
article-law-minor = Isang malubhang anyo ng pangangalakal ng tao: pangangalakal ng tao para sa seks kung saan puwersa, pandaraya o pamimilit ang nagtutulak sa tao na gawin ang gawaing sekswal, o kung saan wala pang 18 taong gulang ang tao. Kapag wala pang 18 taong gulang ang tao, hindi kailangan ng puwersa, pandaraya o pamimilit. Nakabatay sa kahulugang ito ang mga proteksyon ng batas para sa mga biktima.
article-law-commercial = Ang “komersyal na gawaing sekswal” ay anumang gawaing sekswal na may nagbibigay o tumatanggap ng anumang bagay na may halaga bilang kapalit.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Sino ang nanganganib
article-who-target = Hinahanap ng mga mangangalakal ng tao ang mga taong may pinakakaunting proteksyon: mga taong mahirap, kaunti ang pinag-aralan, o walang legal na katayuan sa imigrasyon. Nanganganib ang mga migrante habang nasa daan at pagdating nila.
article-who-anyone = Puwedeng maging biktima ang isang tao anuman ang kanyang lahi, kasarian, pinagmulan o nasyonalidad. Biktima rin ang mga lalaki at batang lalaki, pero mas kakaunti sa kanila ang natutukoy. Lalong nanganganib ang mga batang lalaki at binatang LGBTQIA+.
article-who-unreported = Maraming kaso ang hindi kailanman naiuulat. Maaaring natatakot ang mga biktima para sa kanilang kaligtasan. Maaaring takot sila sa pulis, sa korte o sa iba pang serbisyo.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Sampung babalang palatandaan
article-flags-intro = Maaaring ibig sabihin ng mga palatandaang ito na biktima ng pangangalakal ng tao ang isang tao.

## Section: what a bystander can do.

article-act-heading = Ano ang magagawa mo
article-act-confront = Huwag komprontahin ang taong inaakala mong mangangalakal ng tao. Puwede nitong ilagay sa mas malaking panganib ang biktima.
article-act-danger = Kung may taong nasa panganib ngayon mismo, tumawag sa { -emergency-phone }.
article-act-report = Kung walang panganib ngayon mismo, tumawag o mag-text sa hotline. Matutulungan ka nitong magpasya kung ano ang gagawin.
article-act-discreet = Maging maingat at mabait. Huwag ipagkalat ang nalalaman mo.
