### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = ሓደ ሰብ ንገንዘብ ኢሉ ጾታዊ ርክብ ክትፍጽሙ ይገድደኩም ዶ ኣሎ?
flyer-lead = በይንኹም ኣይኮንኩምን። ሓገዝ ብነጻን ብምስጢርን ይወሃብ፣ ለይትን መዓልትን።
flyer-signs-heading = ምልክታት ንግዲ ደቂ ሰብ ንጾታዊ ብዝበዛ
flyer-scan-call = ስካን ጌርኩም ደውሉ
flyer-scan-text = ስካን ጌርኩም መልእኽቲ ስደዱ
flyer-safety = ተሌፎንኩም ክፍተሽ ይኽእል። ደሓር ነቲ ጻውዒት ወይ ነቲ መልእኽቲ ክትድምስስዎ ትኽእሉ ኢኹም።
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = ሓገዝ 24/7
