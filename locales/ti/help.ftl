### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = ሃገራዊ መስመር ሓገዝ ኣንጻር ንግዲ ደቂ ሰብ

## Section "Get help" on the article page.

help-heading = ሓገዝ ርከቡ
help-call = ናብ { -hotline-name } ብቝጽሪ { -hotline-phone } ደውሉ።
help-hours = ኣብ መዓልቲ 24 ሰዓት፣ ኣብ ሰሙን 7 መዓልቲ ክፉት እዩ።
help-free = ነጻን ምስጢራዊን እዩ።
help-languages = ብእንግሊዝኛ፣ ብስፓኒሽ፣ ወይ ብኣቢ ተርጓሚ ካብ 200 ንላዕሊ ብዝኾኑ ካልኦት ቋንቋታት ክትዛረቡ ትኽእሉ ኢኹም።
help-not-police = እቲ መስመር ሓገዝ ፖሊስ ኣይኮነን፣ ኢሚግሬሽን እውን ኣይኮነን። ኣካል መንግስቲ ኣይኮነን። ናይ ኢሚግሬሽን ኩነታቶም ብዘየገድስ ንኹሉ ሰብ ይሕግዝ።
help-privacy-limit = እቲ መስመር ሓገዝ እትብልዎ ብምስጢር ይሕዞ። ግን ሓደ ቆልዓ ይብደል ከም ዘሎ ወይ ሓደ ሰብ ቀልጢፉ ክጉዳእ ከም ዝኽእል እንተ ሓሰበ፣ ንሰብ መዚ ይሕብር።
help-text = HELP ወይ INFO ኢልኩም ናብ { -hotline-text } ጽሑፍ መልእኽቲ ስደዱ። ኣገልግሎት ጽሑፍ መልእኽቲ ብእንግሊዝኛን ብስፓኒሽን ጥራይ እዩ።
help-tty = ጽሙማን፣ ምስማዕ ዝሽገረኩም ወይ ናይ ዘረባ ስንኩልና ዘለኩም እንተ ኾይንኩም፣ ናብ { -hotline-tty } ደውሉ (ኣገልግሎት ምትሕልላፍ መልእኽቲ)።
help-web = ኣብቲ መርበብ ሓበሬታ ቻት ግበሩ ወይ መልእኽቲ ስደዱ፦ { -hotline-website }
help-emergency = ሓደ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፣ ናብ { -emergency-phone } ደውሉ።

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = ድሕንነትኩም ሓልዉ
help-safety-phone = ሓደ ሰብ ተሌፎንኩም ክፍትሽ ይኽእል። ድሕሪ ምድዋል ወይ መልእኽቲ ምልኣኽ፣ ነቲ ጻውዒት ወይ ነቲ መልእኽቲ ካብ ተሌፎንኩም ክትድምስስዎ ትደልዩ ትኾኑ ኢኹም።
help-safety-leaving = ካብ ዘለኹምዎ ኩነታት ምውጻእ ሓደገኛ ክኸውን ይኽእል። እቲ መስመር ሓገዝ መደብ ድሕንነት ንምድላው ክሕግዘኩም ይኽእል።

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = ደውሉ፣ ብነጻ፣ 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = HELP ኢልኩም ናብ { -hotline-text } ስደዱ። መልእኽትኹም ብእንግሊዝኛ ወይ ብስፓኒሽ ጽሓፉ።
short-emergency = ሕጂ ኣብ ሓደጋ ዶ ኣለኹም? ናብ { -emergency-phone } ደውሉ።
short-facts = ብነጻ። ምስጢራዊ። ብቋንቋኹም። ፖሊስ ኣይኮነን። ኢሚግሬሽን ኣይኮነን።
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = ዝዛረቦ ቋንቋ፦
