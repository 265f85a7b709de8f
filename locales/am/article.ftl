### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = ለወሲብ በሰው መነገድ ምንድን ነው?
article-lead = ለወሲብ በሰው መነገድ ወንጀል ነው። በማንኛውም ሰው ላይ ሊደርስ ይችላል። ምልክቶቹን ይወቁ፤ እንዴት መርዳት እንደሚችሉም ይማሩ።

## Section: what sex trafficking is.

article-what-heading = ምንድን ነው
article-what-human = በሰው መነገድ ወንጀል ነው። በዚህ ወንጀል ሰዎች ኃይል፣ ማታለል ወይም ማስገደድ በመጠቀም ለሌላ ሰው ጥቅም እንዲውሉ ይደረጋሉ።
article-what-sex = ለወሲብ በሰው መነገድ አንዱ በሰው የመነገድ ዓይነት ነው። ሰውየው በገንዘብ ወይም ዋጋ ባለው ሌላ ነገር ምትክ የወሲብ ድርጊቶችን እንዲፈጽም ይገደዳል። ሰውየው ከ18 ዓመት በታች ከሆነ ኃይል፣ ማታለል ወይም ማስገደድ ባይኖርም እንኳ ይህ ለወሲብ በሰው መነገድ ነው።
article-what-smuggling = በሰው መነገድ ሰዎችን በሕገወጥ መንገድ ድንበር ከማሻገር ጋር አንድ አይደለም። በሰው መነገድ በሰው ላይ የሚፈጸም ወንጀል ነው። ሰዎችን በሕገወጥ መንገድ ድንበር ማሻገር ደግሞ በአገር ድንበር ላይ የሚፈጸም ወንጀል ነው።

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = ሕጉ ምን ይላል
article-law-intro = ዋናው የአሜሪካ ሕግ እ.ኤ.አ. በ2000 የወጣው፣ በሰው የመነገድ ወንጀል ሰለባዎችን የሚጠብቀው ሕግ (በእንግሊዝኛ Trafficking Victims Protection Act, TVPA) ከነማሻሻያዎቹ ነው። በሰው መነገድን የሚቃወም የመጀመሪያው የተሟላ የፌዴራል ሕግ ነበር። ሕጉ የሚገኘው 22 U.S.C. § 7102 ላይ ነው። ሕጉ ሁለት ትርጓሜዎችን ይሰጣል፦
article-law-force = ለወሲብ በሰው መነገድ፦ አንድን ሰው ለንግድ የወሲብ ድርጊት መመልመል፣ ማስጠለል፣ ማጓጓዝ፣ ማቅረብ፣ ማግኘት፣ ገንዘብ ከፍሎ መጠቀም ወይም መጠየቅ።
article-law-minor = ከባድ የሆነ በሰው የመነገድ ዓይነት፦ ለወሲብ በሰው መነገድ ሆኖ፣ ሰውየው የወሲብ ድርጊቱን እንዲፈጽም ያደረገው ኃይል፣ ማታለል ወይም ማስገደድ ሲሆን ወይም ሰውየው ከ18 ዓመት በታች ሲሆን። ሰውየው ከ18 ዓመት በታች ከሆነ ኃይል፣ ማታለል ወይም ማስገደድ መኖር አያስፈልግም። ሕጉ ለሰለባዎች የሚሰጠው ጥበቃ የተመሠረተው በዚህ ትርጓሜ ላይ ነው።
article-law-commercial = «የንግድ የወሲብ ድርጊት» ማለት ማንም ሰው ማንኛውንም ዋጋ ያለው ነገር የሚሰጥበት ወይም የሚቀበልበት ማንኛውም የወሲብ ድርጊት ነው።

## Section: who is at risk, and why few cases are reported.

article-who-heading = ለአደጋ የተጋለጡ ሰዎች
article-who-target = በሰው የሚነግዱ ሰዎች ከሁሉ ያነሰ ጥበቃ ያላቸውን ሰዎች ይፈልጋሉ፤ ድሆችን፣ ትንሽ የተማሩትን ወይም ሕጋዊ የኢሚግሬሽን ሁኔታ የሌላቸውን። ስደተኞች በጉዞ ላይም ሆነ ከደረሱ በኋላ ለአደጋ የተጋለጡ ናቸው።
article-who-anyone = ሰለባዎች ከማንኛውም ዘር፣ ጾታ፣ መነሻ ወይም ዜግነት ሊሆኑ ይችላሉ። ወንዶችና ወንድ ልጆችም ሰለባ ይሆናሉ፤ ነገር ግን ተለይተው የሚታወቁት በጣም ጥቂት ጊዜ ነው። LGBTQIA+ የሆኑ ወንድ ልጆችና ወጣት ወንዶች በተለይ ለአደጋ የተጋለጡ ናቸው።
article-who-unreported = ብዙ ጉዳዮች ጨርሶ ሪፖርት አይደረጉም። ሰለባዎች ለደህንነታቸው ሊሰጉ ይችላሉ። ፖሊስን፣ ፍርድ ቤቶችን ወይም ሌሎች አገልግሎቶችን ሊፈሩ ይችላሉ።

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = አሥር የአደጋ ምልክቶች
article-flags-intro = እነዚህ ምልክቶች አንድ ሰው በሰው የመነገድ ሰለባ መሆኑን ሊያሳዩ ይችላሉ።

## Section: what a bystander can do.

article-act-heading = ማድረግ የሚችሉት
article-act-confront = በሰው ይነግዳል ብለው የሚጠረጥሩትን ሰው አይጋፈጡ። ይህ ሰለባውን የበለጠ አደጋ ላይ ሊጥለው ይችላል።
article-act-danger = አንድ ሰው አሁኑኑ አደጋ ላይ ከሆነ ወደ { -emergency-phone } ይደውሉ።
article-act-report = እንደዚያ ካልሆነ፣ ወደ እርዳታ መስመሩ ይደውሉ ወይም የጽሑፍ መልእክት ይላኩ። ምን ማድረግ እንዳለብዎ ለመወሰን ሊረዳዎት ይችላል።
article-act-discreet = ጥንቁቅና ደግ ይሁኑ። የሚያውቁትን በሚስጥር ይያዙ።
