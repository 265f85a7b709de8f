### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = Qu’est-ce que la traite à des fins sexuelles ?
article-lead = La traite à des fins sexuelles est un crime. Elle peut toucher n’importe qui. Apprenez à reconnaître les signes et à aider.

## Section: what sex trafficking is.

article-what-heading = Ce que c’est
article-what-human = La traite des êtres humains est un crime. Des personnes sont exploitées par force, fraude ou contrainte, au profit de quelqu’un d’autre.
article-what-sex = La traite à des fins sexuelles est une forme de traite des êtres humains. On oblige la personne à faire des actes sexuels en échange d’argent ou de toute autre chose de valeur. Si la personne a moins de 18 ans, c’est de la traite à des fins sexuelles, même sans force, fraude ou contrainte.
article-what-smuggling = La traite n’est pas la même chose que le trafic de migrants. La traite est un crime contre une personne. Le trafic de migrants est un crime contre la frontière d’un pays.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = Ce que dit la loi
article-law-intro = La principale loi des États-Unis est la loi de 2000 sur la protection des victimes de la traite (en anglais : Trafficking Victims Protection Act, TVPA), avec ses modifications. C’était la première loi fédérale complète contre la traite des êtres humains. Elle se trouve au 22 U.S.C. § 7102. Elle donne deux définitions :
article-law-force = Traite à des fins sexuelles : recruter, héberger, transporter, fournir ou obtenir une personne pour un acte sexuel commercial, ou encore payer ou demander un acte sexuel commercial avec cette personne.
article-law-minor = Une forme grave de traite des êtres humains : la traite à des fins sexuelles quand on utilise force, fraude ou contrainte pour obliger la personne à faire l’acte sexuel, ou quand la personne a moins de 18 ans. Si elle a moins de 18 ans, il n’est pas nécessaire d’utiliser force, fraude ou contrainte. Les protections de la loi pour les victimes reposent sur cette définition.
article-law-commercial = Un « acte sexuel commercial » est tout acte sexuel pour lequel quelqu’un donne ou reçoit une chose de valeur, quelle qu’elle soit.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Qui court un risque
article-who-target = Les exploiteurs cherchent les personnes les moins protégées : les personnes pauvres, qui sont peu allées à l’école, ou qui n’ont pas de papiers en règle. Les personnes migrantes courent un risque pendant le voyage et après leur arrivée.
article-who-anyone = Les victimes peuvent être de toute couleur de peau, de tout genre, de tout milieu ou de toute nationalité. Les hommes et les garçons sont aussi victimes, mais on les repère beaucoup moins souvent. Les garçons et les jeunes hommes LGBTQIA+ courent un risque particulier.
article-who-unreported = Beaucoup de cas ne sont jamais signalés. Les victimes peuvent craindre pour leur sécurité. Elles peuvent avoir peur de la police, des tribunaux ou d’autres services.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Dix signes d’alerte
article-flags-intro = Ces signes peuvent vouloir dire qu’une personne est victime de traite.

## Section: what a bystander can do.

article-act-heading = Ce que vous pouvez faire
article-act-confront = N’affrontez pas une personne que vous soupçonnez d’être un exploiteur. Cela peut mettre la victime encore plus en danger.
article-act-danger = Si quelqu’un est en danger en ce moment, appelez le { -emergency-phone }.
article-act-report = Sinon, appelez la ligne d’aide ou envoyez-lui un texto. Elle peut vous aider à décider quoi faire.
article-act-discreet = Agissez avec prudence et gentillesse. Gardez pour vous ce que vous savez.
