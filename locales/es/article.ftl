### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = ¿Qué es la trata sexual?
article-lead = La trata sexual es un delito. Le puede pasar a cualquier persona. Conoce las señales y aprende cómo ayudar.

## Section: what sex trafficking is.

article-what-heading = Qué es
article-what-human = La trata de personas es un delito. En la trata, se usa a una persona por medio de fuerza, fraude o coacción para que otra persona se beneficie.
article-what-sex = La trata sexual es un tipo de trata de personas. A la persona la obligan a hacer actos sexuales a cambio de dinero o de cualquier otra cosa de valor. Si la persona es menor de 18 años, es trata sexual aunque no haya fuerza, fraude o coacción.
article-what-smuggling = La trata no es lo mismo que el tráfico de personas. La trata es un delito contra una persona. El tráfico de personas es un delito contra la frontera de un país.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Lo que dice la ley
article-law-intro = La ley principal de Estados Unidos es la Ley de Protección de Víctimas de la Trata del año 2000 (en inglés, Trafficking Victims Protection Act, TVPA), con sus reformas. Fue la primera ley federal completa contra la trata de personas. Está en 22 U.S.C. § 7102. Esta ley da dos definiciones:
article-law-force = Trata sexual: reclutar, albergar, transportar, entregar o conseguir a una persona para un acto sexual comercial, o pagar o pedir un acto sexual comercial con esa persona.
article-law-minor = Una forma grave de trata de personas: trata sexual en la que se usa fuerza, fraude o coacción para que la persona haga el acto sexual, o en la que la persona es menor de 18 años. Si es menor de 18 años, no hace falta fuerza, fraude o coacción. Las protecciones de la ley para las víctimas se basan en esta definición.
article-law-commercial = Un “acto sexual comercial” es cualquier acto sexual por el que alguien da o recibe cualquier cosa de valor.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Quiénes corren riesgo
article-who-target = Los tratantes buscan a las personas con menos protección: personas pobres, con pocos estudios o sin estatus migratorio legal. Las personas migrantes corren riesgo en el camino y después de llegar.
article-who-anyone = Las víctimas pueden ser de cualquier raza, género, origen o nacionalidad. Los hombres y los niños varones también son víctimas, pero se les identifica mucho menos. Los muchachos y hombres jóvenes LGBTQIA+ corren un riesgo especial.
article-who-unreported = Muchos casos nunca se denuncian. Las víctimas pueden temer por su seguridad. Pueden tener miedo a la policía, a las cortes o a otros servicios.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Diez señales de alerta
article-flags-intro = Estas señales pueden indicar que una persona es víctima de trata.

## Section: what a bystander can do.

article-act-heading = Qué puedes hacer
article-act-confront = No enfrentes a alguien que crees que es tratante. Eso puede poner a la víctima en más peligro.
article-act-danger = Si alguien está en peligro en este momento, llama al { -emergency-phone }.
article-act-report = Si no es así, llama o manda un mensaje de texto a la línea de ayuda. Ahí te pueden ayudar a decidir qué hacer.
article-act-discreet = Actúa con cuidado y amabilidad. Mantén en privado lo que sabes.
