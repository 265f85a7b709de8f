### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = What is sex trafficking?
article-lead = Sex trafficking is a crime. It can happen to anyone. Learn the signs, and learn how to help.

## Section: what sex trafficking is.

article-what-heading = What it is
article-what-human = Human trafficking is a crime in which people are used by force, fraud or coercion for someone else's gain.
article-what-sex = Sex trafficking is one kind of human trafficking. The person is made to do sex acts in exchange for money or anything else of value. When the person is under 18, it is sex trafficking even without force, fraud or coercion.
article-what-smuggling = Trafficking is not the same as smuggling. Trafficking is a crime against a person. Smuggling is a crime against a border.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.
## The law has two levels, and the two list items must not be merged:
## article-law-force is the law's definition of sex trafficking (no force is
## needed in it); article-law-minor is its "severe form", which needs force,
## fraud or coercion, or a person under 18.

article-law-heading = What the law says
article-law-intro = The main U.S. law is the Trafficking Victims Protection Act of 2000 (TVPA), as amended. It was the first full federal law against human trafficking. It is found at 22 U.S.C. § 7102. It gives two definitions:
article-law-force = Sex trafficking: to recruit, shelter, move, provide, get, pay for or ask for a person for a commercial sex act.
article-law-minor = A severe form of trafficking: sex trafficking in which force, fraud or coercion makes the person do the sex act, or in which the person is under 18. Under 18, no force, fraud or coercion is needed. The law's protections for victims are built on this definition.
article-law-commercial = A “commercial sex act” is any sex act for which anyone gives or gets anything of value.

## Section: who is at risk, and why few cases are reported.

article-who-heading = Who is at risk
article-who-target = Traffickers look for people with the fewest protections: people who are poor, who had little schooling, or who have no legal immigration status. Migrants are at risk on the way and after they arrive.
article-who-anyone = Victims can be of any race, gender, background or nationality. Men and boys are victims too, but they are found far less often. LGBTQIA+ boys and young men are at special risk.
article-who-unreported = Many cases are never reported. Victims may fear for their safety. They may be afraid of the police, the courts or other services.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = Ten red flags
article-flags-intro = These signs can mean that a person is being trafficked.

## Section: what a bystander can do.

article-act-heading = What you can do
article-act-confront = Do not confront a person you think is a trafficker. It can put the victim in more danger.
article-act-danger = If someone is in danger right now, call { -emergency-phone }.
article-act-report = If not, call or text the hotline. It can help you decide what to do.
article-act-discreet = Be careful and kind. Keep what you know private.
