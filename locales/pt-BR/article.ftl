### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = O que é tráfico sexual?
article-lead = O tráfico sexual é um crime. Pode acontecer com qualquer pessoa. Conheça os sinais e saiba como ajudar.

## Section: what sex trafficking is.

article-what-heading = O que é
article-what-human = O tráfico de pessoas é um crime em que pessoas são usadas por meio de força, fraude ou coação, em benefício de outra pessoa.
article-what-sex = O tráfico sexual é um tipo de tráfico de pessoas. A pessoa é obrigada a praticar atos sexuais em troca de dinheiro ou de qualquer outra coisa de valor. Quando a pessoa tem menos de 18 anos, é tráfico sexual mesmo sem força, fraude ou coação.
article-what-smuggling = Tráfico de pessoas não é o mesmo que contrabando de migrantes (fazer alguém atravessar uma fronteira de forma ilegal). O tráfico de pessoas é um crime contra uma pessoa. O contrabando de migrantes é um crime contra a fronteira de um país.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = O que diz a lei
article-law-intro = A principal lei dos Estados Unidos é a Lei de Proteção às Vítimas de Tráfico de Pessoas de 2000 (em inglês, Trafficking Victims Protection Act, TVPA), com suas emendas. Foi a primeira lei federal completa contra o tráfico de pessoas. Ela está em 22 U.S.C. § 7102. Essa lei traz duas definições:
article-law-force = Tráfico sexual: recrutar, abrigar, transportar, fornecer ou obter uma pessoa para um ato sexual comercial, ou pagar ou pedir um ato sexual comercial com essa pessoa.
article-law-minor = Uma forma grave de tráfico de pessoas: tráfico sexual em que se usa força, fraude ou coação para que a pessoa pratique o ato sexual, ou em que a pessoa tem menos de 18 anos. Se a pessoa tem menos de 18 anos, não é preciso haver força, fraude ou coação. As proteções da lei para as vítimas se baseiam nessa definição.
article-law-commercial = Um “ato sexual comercial” é qualquer ato sexual pelo qual alguém dá ou recebe qualquer coisa de valor.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Quem corre risco
article-who-target = Os traficantes de pessoas procuram quem tem menos proteção: pessoas pobres, com pouco estudo ou sem situação migratória regular. Pessoas migrantes correm risco durante a viagem e depois que chegam.
article-who-anyone = As vítimas podem ser de qualquer raça, gênero, origem ou nacionalidade. Homens e meninos também são vítimas, mas são identificados com muito menos frequência. Meninos e rapazes LGBTQIA+ correm um risco especial.
article-who-unreported = Muitos casos nunca são denunciados. As vítimas podem temer pela própria segurança. Podem ter medo da polícia, dos tribunais ou de outros serviços.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Dez sinais de alerta
article-flags-intro = Estes sinais podem indicar que uma pessoa é vítima de tráfico de pessoas.

## Section: what a bystander can do.

article-act-heading = O que você pode fazer
article-act-confront = Não confronte alguém que você suspeita ser traficante de pessoas. Isso pode colocar a vítima em mais perigo.
article-act-danger = Se alguém estiver em perigo neste momento, ligue para o { -emergency-phone }.
article-act-report = Se não houver perigo imediato, ligue ou mande uma mensagem de texto para a linha de ajuda. Ela pode ajudar você a decidir o que fazer.
article-act-discreet = Aja com cuidado e gentileza. Mantenha em sigilo o que você sabe.
