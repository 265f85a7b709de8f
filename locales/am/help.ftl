### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = በሰው መነገድን የሚዋጋ ብሔራዊ የእርዳታ መስመር

## Section "Get help" on the article page.

help-heading = እርዳታ ያግኙ
help-call = ወደ { -hotline-name } በስልክ ቁጥር { -hotline-phone } ይደውሉ።
help-hours = በቀን 24 ሰዓት፣ በሳምንት 7 ቀን ክፍት ነው።
help-free = ነፃና ሚስጥራዊ ነው።
help-languages = በእንግሊዝኛ፣ በስፓኒሽ፣ ወይም በአስተርጓሚ አማካኝነት ከ200 በላይ በሆኑ ሌሎች ቋንቋዎች መናገር ይችላሉ።
help-not-police = የእርዳታ መስመሩ ፖሊስ አይደለም፤ ኢሚግሬሽንም አይደለም። የመንግሥት አካል አይደለም። የኢሚግሬሽን ሁኔታቸው ምንም ይሁን ምን ሁሉንም ሰው ይረዳል።
help-privacy-limit = የእርዳታ መስመሩ የሚናገሩትን በሚስጥር ይይዛል። ነገር ግን አንድ ልጅ ጥቃት እየደረሰበት ነው ወይም አንድ ሰው በቅርቡ ጉዳት ሊደርስበት ይችላል ብሎ ካሰበ ለባለሥልጣናት ያሳውቃል።
help-text = HELP ወይም INFO ብለው ወደ { -hotline-text } የጽሑፍ መልእክት ይላኩ። የጽሑፍ መልእክት አገልግሎቱ በእንግሊዝኛና በስፓኒሽ ብቻ ነው።
help-tty = መስማት የተሳነዎት፣ ለመስማት የሚቸገሩ ወይም የንግግር እክል ያለብዎት ከሆነ ወደ { -hotline-tty } ይደውሉ (የመልእክት ማስተላለፊያ አገልግሎት)።
help-web = በድረ-ገጹ ላይ ቻት ያድርጉ ወይም መልእክት ይላኩ፦ { -hotline-website }
help-emergency = አንድ ሰው አሁኑኑ አደጋ ላይ ከሆነ ወደ { -emergency-phone } ይደውሉ።

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = ደህንነትዎን ይጠብቁ
help-safety-phone = አንድ ሰው ስልክዎን ሊፈትሽ ይችላል። ከደወሉ ወይም መልእክት ከላኩ በኋላ ጥሪውን ወይም መልእክቱን ከስልክዎ ማጥፋት ሊፈልጉ ይችላሉ።
help-safety-leaving = ካሉበት ሁኔታ መውጣት አደገኛ ሊሆን ይችላል። የእርዳታ መስመሩ የደህንነት ዕቅድ እንዲያወጡ ሊረዳዎት ይችላል።

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = ይደውሉ፣ ነፃ፣ 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = HELP ብለው ወደ { -hotline-text } ይላኩ። መልእክትዎን በእንግሊዝኛ ወይም በስፓኒሽ ይጻፉ።
short-emergency = አሁን አደጋ ላይ ነዎት? ወደ { -emergency-phone } ይደውሉ።
short-facts = ነፃ። ሚስጥራዊ። በቋንቋዎ። ፖሊስ አይደለም። ኢሚግሬሽን አይደለም።
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = የምናገረው ቋንቋ፦
