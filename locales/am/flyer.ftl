### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = አንድ ሰው ለገንዘብ ሲል ወሲብ እንዲፈጽሙ እያስገደደዎት ነው?
flyer-lead = ብቻዎን አይደሉም። እርዳታው ነፃና ሚስጥራዊ ነው፤ ቀንም ሌሊትም።
flyer-signs-heading = ለወሲብ በሰው የመነገድ ምልክቶች
flyer-scan-call = ስካን አድርገው ይደውሉ
flyer-scan-text = ስካን አድርገው መልእክት ይላኩ
flyer-safety = ስልክዎ ሊፈተሽ ይችላል። በኋላ ጥሪውን ወይም መልእክቱን ማጥፋት ይችላሉ።
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = እርዳታ 24/7
