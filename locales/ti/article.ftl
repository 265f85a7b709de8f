### The article page (the "Read" page of each language).
### It speaks to bystanders: neighbours, co-workers, clinic and shelter staff.
### Plain words, short sentences. "Force, fraud or coercion" is one fixed
### phrase: use the same three words every time. Trafficking is not smuggling.

## The top of the page.

article-title = ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ እንታይ እዩ?
article-lead = ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ ገበን እዩ። ንዝኾነ ሰብ ከጋጥሞ ይኽእል። ምልክታቱ ፍለጡ፣ ከመይ ጌርኩም ክትሕግዙ ከም እትኽእሉ ድማ ተማሃሩ።

## Section: what sex trafficking is.

article-what-heading = እንታይ እዩ
article-what-human = ንግዲ ደቂ ሰብ ገበን እዩ። ኣብዚ ገበን፣ ሰባት ሓይሊ፣ ምትላል ወይ ምግዳድ ብምጥቃም ንረብሓ ካልእ ሰብ ይብዝበዙ።
article-what-sex = ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ ሓደ ዓይነት ንግዲ ደቂ ሰብ እዩ። እቲ ሰብ ብለውጢ ገንዘብ ወይ ካልእ ዋጋ ዘለዎ ነገር ጾታዊ ተግባራት ክፍጽም ይግደድ። እቲ ሰብ ካብ 18 ዓመት ንታሕቲ እንተ ኾይኑ፣ ብዘይ ሓይሊ፣ ምትላል ወይ ምግዳድ እውን ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ እዩ።
article-what-smuggling = ንግዲ ደቂ ሰብ ምስ ሰባት ብዘይሕጋዊ መገዲ ዶብ ምስግጋር ሓደ ኣይኮነን። ንግዲ ደቂ ሰብ ኣብ ልዕሊ ሰብ ዝፍጸም ገበን እዩ። ሰባት ብዘይሕጋዊ መገዲ ዶብ ምስግጋር ግን ኣብ ልዕሊ ዶብ ሃገር ዝፍጸም ገበን እዩ።

## Section: the law. These lines retell a United States law.
## Keep the law's name, year and section number exactly.

article-law-heading = ሕጊ እንታይ ይብል
article-law-intro = እቲ ቀንዲ ሕጊ ኣሜሪካ፣ ብኣቆጻጽራ ፈረንጂ ኣብ 2000 ዝወጸ ሕጊ ምሕላው ግዳያት ንግዲ ደቂ ሰብ (ብእንግሊዝኛ Trafficking Victims Protection Act, TVPA) ምስ መመሓየሺታቱ እዩ። ኣንጻር ንግዲ ደቂ ሰብ ዝወጸ ቀዳማይ ምሉእ ፈደራላዊ ሕጊ ነይሩ። ኣብ 22 U.S.C. § 7102 ይርከብ። እዚ ሕጊ ክልተ ትርጉማት ይህብ፦
article-law-force = ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ፦ ንሓደ ሰብ ንንግዳዊ ጾታዊ ተግባር ምምልማል፣ ምዕቋብ፣ ምጉዕዓዝ፣ ምቕራብ፣ ምርካብ፣ ገንዘብ ከፊሉ ምጥቃም ወይ ምሕታት።
article-law-minor = ከቢድ ዓይነት ንግዲ ደቂ ሰብ፦ ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ ኮይኑ፣ ነቲ ሰብ እቲ ጾታዊ ተግባር ክፍጽም ዝገበሮ ሓይሊ፣ ምትላል ወይ ምግዳድ ምስ ዝኸውን ወይ እቲ ሰብ ካብ 18 ዓመት ንታሕቲ ምስ ዝኸውን። እቲ ሰብ ካብ 18 ዓመት ንታሕቲ እንተ ኾይኑ፣ ሓይሊ፣ ምትላል ወይ ምግዳድ ክህሉ ኣየድልን። እቲ ሕጊ ንግዳያት ዝህቦ ምሕላው ኣብዚ ትርጉም እዚ ዝተመርኮሰ እዩ።
article-law-commercial = «ንግዳዊ ጾታዊ ተግባር» ማለት ዝኾነ ሰብ ዋጋ ዘለዎ ዝኾነ ነገር ዝህበሉ ወይ ዝቕበለሉ ዝኾነ ጾታዊ ተግባር እዩ።

## Section: who is at risk, and why few cases are reported.

article-who-heading = ኣብ ሓደጋ ዘለዉ ሰባት
article-who-target = ነጋዶ ደቂ ሰብ ዝወሓደ ሓለዋ ዘለዎም ሰባት ይደልዩ፦ ድኻታት፣ ቁሩብ ዝተማህሩ፣ ወይ ሕጋዊ ናይ ኢሚግሬሽን ኩነታት ዘይብሎም። ስደተኛታት ኣብ ጉዕዞ ከለዉን ምስ በጽሑን ኣብ ሓደጋ እዮም።
article-who-anyone = ግዳያት ካብ ዝኾነ ዓሌት፣ ጾታ፣ ድሕረ-ባይታ ወይ ዜግነት ክኾኑ ይኽእሉ። ደቂ ተባዕትዮን ኣወዳትን እውን ግዳያት ይኾኑ፣ ግን ብጣዕሚ ሳሕቲ እዮም ዝልለዩ። LGBTQIA+ ዝኾኑ ኣወዳትን መንእሰያት ደቂ ተባዕትዮን ብፍላይ ኣብ ሓደጋ እዮም።
article-who-unreported = ብዙሓት ጉዳያት ፈጺሞም ኣይሕበሩን። ግዳያት ብዛዕባ ድሕንነቶም ክሰግኡ ይኽእሉ። ንፖሊስ፣ ንቤት ፍርዲ ወይ ንካልኦት ኣገልግሎታት ክፈርሑ ይኽእሉ።

## Section: the ten red flags. The flags themselves are in red-flags.ftl.

article-flags-heading = ዓሰርተ ምልክታት ሓደጋ
article-flags-intro = እዞም ምልክታት ሓደ ሰብ ግዳይ ንግዲ ደቂ ሰብ ምዃኑ ከርእዩ ይኽእሉ።

## Section: what a bystander can do.

article-act-heading = ክትገብርዎ እትኽእሉ
article-act-confront = ነጋዳይ ደቂ ሰብ እዩ ኢልኩም እትሓስብዎ ሰብ ኣይትገጥምዎ። እዚ ነቲ ግዳይ ኣብ ዝያዳ ሓደጋ ከእትዎ ይኽእል።
article-act-danger = ሓደ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፣ ናብ { -emergency-phone } ደውሉ።
article-act-report = እንተዘይኮይኑ፣ ናብቲ መስመር ሓገዝ ደውሉ ወይ ጽሑፍ መልእኽቲ ስደዱ። እንታይ ክትገብሩ ከም ዘለኩም ንምውሳን ክሕግዘኩም ይኽእል።
article-act-discreet = ጥንቁቓትን ሕያዋትን ኩኑ። እትፈልጥዎ ብምስጢር ሓዝዎ።
