### The ten red flags: signs that a person may be a victim of sex trafficking.
### The short title (each message's value) is listed on the flyer, so keep it
### to a few words. The title and its .details appear together on the article page.

red-flag-abuse = ምልክታት ግፍዒ
    .details = ምልክት ምውቃዕ፣ ቁስሊ ወይ ካልእ ምልክታት ዓመጽ። እቲ ሰብ ቁጽጽር ዝተገብረሉ ወይ ዝተገደደ ክመስል ይኽእል።
red-flag-fear = ፍርሒ
    .details = እቲ ሰብ ፈሪሑ፣ ተሻቒሉ ወይ ልዕሊ ዓቐን ተኣዛዚ ኮይኑ ይርአ፣ ብፍላይ ኣብ ጥቓ ነጋዳይ ደቂ ሰብ ክኸውን ከሎ። ኣብ ዓይንኹም ኣይጥምተኩምን ይኸውን።
red-flag-isolation = ካብ ስድራን ኣዕሩኽን ዝተነጸለ
    .details = ነጋዳይ ደቂ ሰብ ነቲ ሰብ ካብቶም ክሕግዝዎ ዝኽእሉ ሰባት የርሕቖ።
red-flag-moving = ብተደጋጋሚ ካብ ቦታ ናብ ቦታ ዝውሰድ
    .details = እቲ ሰብ ብተደጋጋሚ ካብ ቦታ ናብ ቦታ ወይ ካብ ከተማ ናብ ከተማ ይውሰድ።
red-flag-documents = መንነት ኣብ ኢድ ካልእ ሰብ
    .details = ካልእ ሰብ ፓስፖርቱ ወይ መንነት ወረቐቱ ይሕዞ።
red-flag-speech = ብናጽነት ክዛረብ ዘይክእል
    .details = እቲ ሰብ ባዕሉ ክዛረብ ኣይፍቀደሉን፣ ወይ ክዛረብ ይፈርሕ።
red-flag-story = ዘይሰማማዕ ዛንታ
    .details = መልስታቱ ይቀያየሩ፣ ወይ ብልቢ ዝተጸንዑ ይመስሉ። ሓደ ሰብ እንታይ ክብል ከም ዘለዎ ነጊርዎ ይኸውን።
red-flag-companion = ዝቆጻጸር ብዕድመ ዝዓበየ ሰብ
    .details = ብዕድመ ዝዓበየ ሰብ ኩሉ ግዜ ኣብ ጥቓኡ ይጸንሕ፣ እቲ ሰብ እንታይ ከም ዝገብርን ምስ መን ከም ዝዛረብን ድማ ይውስን።
red-flag-substances = ዘደንዝዙ ዕጽታት ወይ ኣልኮል
    .details = እቲ ሰብ ኣብ ዘደንዝዙ ዕጽታት ወይ ኣልኮል ጽግዕተኛ ዝኾነ ይመስል። ነጋዶ ደቂ ሰብ ንሰባት ንምቁጽጻር ብእኦም ይጥቀሙ።
red-flag-minor = ኣብ ንግዳዊ ጾታዊ ርክብ ዘሎ ቆልዓ ወይ መንእሰይ
    .details = ኣብ ንግዳዊ ጾታዊ ርክብ ዘሎ ካብ 18 ዓመት ንታሕቲ ዝኾነ ሰብ ግዳይ ንግዲ ደቂ ሰብ እዩ። ሓይሊ ክህሉ ኣየድልን።
