### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Èske gen yon moun k ap fòse w fè sèks pou lajan?
flyer-lead = Ou pa poukont ou. Èd la gratis e prive, lajounen kou lannwit.
flyer-signs-heading = Siy trafik moun pou sèks
flyer-scan-call = Eskane pou rele
flyer-scan-text = Eskane pou voye tèks
flyer-safety = Yon moun ka tcheke telefòn ou. Ou ka efase apèl la oswa tèks la apre.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Èd 24/7
