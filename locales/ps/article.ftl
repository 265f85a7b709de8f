### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = د جنسي استثمار لپاره د انسانانو سوداګري څه ده؟
article-lead = د جنسي استثمار لپاره د انسانانو سوداګري جرم دی. دا له هر چا سره پېښېدای شي. نښې وپېژنئ، او زده کړئ چې څنګه مرسته وکړئ.

## Section: what sex trafficking is.

article-what-heading = معنا یې څه ده؟
article-what-human = د انسانانو سوداګري هغه جرم دی چې یو څوک پکې زور، دوکه یا اجبار کاروي، څو له خلکو د بل چا د ګټې لپاره کار واخلي.
article-what-sex = د جنسي استثمار لپاره د انسانانو سوداګري د انسانانو د سوداګرۍ یو ډول دی. په دې کې یو کس مجبورېږي چې د پیسو یا کوم بل ارزښتناک شي په بدل کې جنسي عملونه وکړي.
article-what-smuggling = د انسانانو سوداګري او د کډوالو قاچاق یو شان نه دي. د انسانانو سوداګري د یو انسان پر ضد جرم دی. د کډوالو قاچاق د یو هېواد د پولې پر ضد جرم دی.

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = قانون څه وایي
article-law-intro = د امریکا اصلي قانون د ۲۰۰۰ کال «د انسانانو د سوداګرۍ د قربانیانو د ساتنې قانون» دی، له وروستیو تعدیلونو سره. دا د انسانانو د سوداګرۍ پر ضد لومړنی بشپړ فدرالي قانون و. لنډ نوم او د امریکا د قوانینو په ټولګه کې ځای یې: TVPA، 22 U.S.C. § 7102. دا قانون وایي چې د جنسي استثمار لپاره د انسانانو سوداګري له دې حالتونو څخه یو دی:
article-law-force = یو کس د تجارتي جنسي عمل لپاره جذبول، ساتل، لېږدول، سپارل یا ترلاسه کول، کله چې زور، دوکه یا اجبار هغه دې کار ته اړ باسي.
article-law-minor = هر تجارتي جنسي عمل چې داسې کس یې کوي چې عمر یې له ۱۸ کالو کم وي. اړینه نه ده چې زور، دوکه یا اجبار پکې وي.
article-law-commercial = «تجارتي جنسي عمل» هر هغه جنسي عمل دی چې د هغه په بدل کې څوک کوم ارزښتناک شی ورکوي یا اخلي.

## Section: who is at risk, and why few cases are reported.

article-who-heading = څوک له خطر سره مخ دي؟
article-who-target = د انسانانو سوداګران هغو خلکو پسې ګرځي چې تر ټولو لږ ساتنه لري: هغه خلک چې بې وزله دي، لږې زده کړې لري، یا د کډوالۍ قانوني حالت نه لري. کډوال په لاره کې او له رسېدو وروسته له خطر سره مخ دي.
article-who-anyone = قربانیان د هر نژاد، جنسیت، شالید یا ملیت څخه کېدای شي. نارینه او هلکان هم قربانیان کېږي، خو ډېر لږ پېژندل کېږي. هغه هلکان او ځوانان چې جنسي لږکي دي (لکه همجنس‌ګرا یا ټرانسجنډر)، په ځانګړي ډول له خطر سره مخ دي.
article-who-unreported = د ډېرو پېښو راپور هېڅکله نه ورکول کېږي. قربانیان ښایي د خپل خوندیتوب په اړه وېره ولري. ښایي له پولیسو، محکمو یا نورو خدمتونو څخه وېرېږي.

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = د خبرداري لس نښې
article-flags-intro = دا نښې ښایي وښیي چې یو کس د انسانانو د سوداګرۍ قرباني وي.

## Section: what a bystander can do.

article-act-heading = تاسو څه کولی شئ؟
article-act-confront = که فکر کوئ چې یو څوک د انسانانو سوداګر دی، هغه ته مه ورځئ او پوښتنې ترې مه کوئ. دا کار ښایي قرباني له لا ډېر خطر سره مخ کړي.
article-act-danger = که یو څوک همدا اوس په خطر کې وي، { -emergency-phone } ته زنګ ووهئ.
article-act-report = که خطر همدا اوس نه وي، د مرستې کرښې ته زنګ ووهئ یا پیغام ورته ولېږئ. هغوی کولی شي درسره مرسته وکړي چې پرېکړه وکړئ څه باید وکړئ.
article-act-discreet = محتاط او مهربان اوسئ. څه چې پوهېږئ، پټ یې وساتئ.
