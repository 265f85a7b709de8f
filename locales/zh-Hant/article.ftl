### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = 什麼是性販運？
article-lead = 性販運是犯罪。任何人都可能遇到。認識這些跡象，也學習怎麼幫忙。

## Section: what sex trafficking is.

article-what-heading = 它是什麼
article-what-human = 人口販運是一種犯罪：用強制、欺騙或脅迫來利用一個人，讓別人從中得到好處。
article-what-sex = 性販運是人口販運的一種。這個人被迫發生性行為，用來換取金錢或其他任何有價值的東西。如果這個人未滿18歲，就算沒有強制、欺騙或脅迫，也是性販運。
article-what-smuggling = 人口販運和人口走私不一樣。人口販運是傷害一個人的犯罪。人口走私是帶人偷偷越過邊境，是違反邊境法律的犯罪。

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = 法律怎麼說
article-law-intro = 美國主要的相關法律是《2000年人口販運受害者保護法》（英文簡稱 TVPA）以及後來的修正。這是美國第一部全面打擊人口販運的聯邦法律。它的條文在 22 U.S.C. § 7102。這部法律有兩個定義：
article-law-force = 性販運：為了商業性行為，招募、藏匿、運送、提供、取得、花錢找或招攬一個人。
article-law-minor = 嚴重形式的人口販運：用強制、欺騙或脅迫讓這個人進行商業性行為的性販運，或是這個人未滿18歲的性販運。未滿18歲時，不需要有強制、欺騙或脅迫。這部法律對受害者的保護，都是建立在這個定義上。
article-law-commercial = 「商業性行為」是指任何性行為，只要有人因此給出或得到任何有價值的東西。

## Section: who is at risk, and why few cases are reported.

article-who-heading = 哪些人有風險
article-who-target = 人口販子專找最缺乏保護的人：生活貧困的人、沒讀過多少書的人，或沒有合法移民身分的人。移民在路途中和抵達以後都有風險。
article-who-anyone = 受害者可能是任何種族、性別、背景或國籍的人。男性和男孩也會成為受害者，但被發現的少很多。LGBTQIA+（多元性別）男孩和年輕男性的風險特別高。
article-who-unreported = 很多案件從來沒有人通報。受害者可能擔心自己的安全。他們可能害怕警察、法院或其他服務機構。

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = 十個危險訊號
article-flags-intro = 這些跡象可能表示一個人是人口販運的受害者。

## Section: what a bystander can do.

article-act-heading = 您可以怎麼做
article-act-confront = 不要去質問或指責您認為是人口販子的人。這樣可能讓受害者更危險。
article-act-danger = 如果有人現在就有危險，請撥打 { -emergency-phone }。
article-act-report = 如果沒有立即的危險，請打電話或傳簡訊給熱線。熱線可以幫您決定怎麼做。
article-act-discreet = 要小心，也要體貼。您知道的事情要保密。
