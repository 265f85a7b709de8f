### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = የጥቃት ምልክቶች
    .details = ሰንበር፣ ቁስል ወይም ሌሎች የድብደባ ምልክቶች። ሰውየው ቁጥጥር ሥር ያለ ወይም የተገደደ ሊመስል ይችላል።
red-flag-fear = ፍርሃት
    .details = ሰውየው የፈራ፣ የተጨነቀ ወይም ከልክ በላይ ታዛዥ ይመስላል፤ በተለይ በሰው የሚነግደው ሰው አጠገብ ሲሆን። ዓይንዎን ቀና ብሎ ላያይ ይችላል።
red-flag-isolation = ከቤተሰብና ከጓደኞች መነጠል
    .details = በሰው የሚነግደው ሰው፣ ሰውየውን ሊረዱት ከሚችሉ ሰዎች ያርቀዋል።
red-flag-moving = ብዙ ጊዜ ከቦታ ቦታ መወሰድ
    .details = ሰውየው ብዙ ጊዜ ከቦታ ቦታ ወይም ከከተማ ከተማ ይወሰዳል።
red-flag-documents = መታወቂያ በሌላ ሰው እጅ
    .details = ሌላ ሰው ፓስፖርቱን ወይም መታወቂያውን ይይዛል።
red-flag-speech = በነፃነት መናገር አለመቻል
    .details = ሰውየው ለራሱ እንዲናገር አይፈቀድለትም፤ ወይም ለመናገር ይፈራል።
red-flag-story = የማይገጥም ታሪክ
    .details = መልሶቹ ይለዋወጣሉ፤ ወይም በቃል የተጠኑ ይመስላሉ። አንድ ሰው ምን እንደሚል ነግሮት ሊሆን ይችላል።
red-flag-companion = የሚቆጣጠር በዕድሜ የሚበልጥ ሰው
    .details = በዕድሜ የሚበልጥ አጃቢ ሁልጊዜ አጠገቡ ይሆናል፤ ሰውየው ምን እንደሚያደርግና ከማን ጋር እንደሚነጋገር ይወስናል።
red-flag-substances = አደንዛዥ ዕፅ ወይም አልኮል
    .details = ሰውየው በአደንዛዥ ዕፅ ወይም በአልኮል ላይ ጥገኛ ይመስላል። በሰው የሚነግዱ ሰዎች ሰዎችን ለመቆጣጠር እነዚህን ይጠቀማሉ።
red-flag-minor = በንግድ ወሲብ ውስጥ ያለ ልጅ ወይም ታዳጊ
    .details = በንግድ ወሲብ ውስጥ ያለ ከ18 ዓመት በታች የሆነ ሰው በሰው የመነገድ ሰለባ ነው። ኃይል መኖር አያስፈልግም።
