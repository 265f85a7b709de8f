### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = 什么是性贩运？
article-lead = 性贩运是犯罪。任何人都可能遇到。了解这些迹象，也学会怎样帮忙。

## Section: what sex trafficking is.

article-what-heading = 它是什么
article-what-human = 人口贩运是一种犯罪：用强制、欺骗或胁迫来利用一个人，让别人从中得利。
article-what-sex = 性贩运是人口贩运的一种。这个人被迫发生性行为，用来换取金钱或其他任何有价值的东西。如果这个人未满18岁，即使没有强制、欺骗或胁迫，也是性贩运。
article-what-smuggling = 人口贩运和带人偷渡不是一回事。人口贩运是伤害一个人的犯罪。带人偷渡是违反国家边境法律的犯罪。

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = 法律怎么说
article-law-intro = 美国主要的相关法律是《2000年人口贩运受害者保护法》（英文简称 TVPA）及其后来的修订。这是美国第一部全面打击人口贩运的联邦法律。它的条文在 22 U.S.C. § 7102。这部法律给出了两个定义：
article-law-force = 性贩运：为了商业性行为，招募、窝藏、运送、提供、获取、花钱找或招揽一个人。
article-law-minor = 严重形式的人口贩运：用强制、欺骗或胁迫让这个人进行商业性行为的性贩运，或者这个人未满18岁的性贩运。未满18岁时，不需要有强制、欺骗或胁迫。这部法律对受害者的保护，都建立在这个定义上。
article-law-commercial = “商业性行为”是指任何性行为，只要有人因此给出或得到任何有价值的东西。

## Section: who is at risk, and why few cases are reported.

article-who-heading = 哪些人有风险
article-who-target = 人口贩子专找最缺少保护的人：生活贫困的人、没怎么上过学的人，或者没有合法移民身份的人。移民在路上和到达以后都有风险。
article-who-anyone = 受害者可以是任何种族、性别、背景或国籍的人。男性和男孩也会成为受害者，但被发现的要少得多。LGBTQIA+（性少数群体）男孩和年轻男性的风险特别高。
article-who-unreported = 很多案件从来没有人报告。受害者可能担心自己的安全。他们可能害怕警察、法院或其他服务机构。

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = 十个危险信号
article-flags-intro = 这些迹象可能表示一个人是人口贩运的受害者。

## Section: what a bystander can do.

article-act-heading = 您可以做什么
article-act-confront = 不要去质问或指责您认为是人口贩子的人。这样可能让受害者更危险。
article-act-danger = 如果有人现在就有危险，请拨打 { -emergency-phone }。
article-act-report = 如果没有紧急危险，请给热线打电话或发短信。热线可以帮您决定怎么做。
article-act-discreet = 要小心，也要体贴。对您知道的情况保密。
