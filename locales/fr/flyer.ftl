### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Quelqu’un vous oblige à avoir des relations sexuelles pour de l’argent ?
flyer-lead = Quelqu’un est là pour vous. L’aide est gratuite et confidentielle, jour et nuit.
flyer-signs-heading = Signes de traite à des fins sexuelles
flyer-scan-call = Scannez pour appeler
flyer-scan-text = Scannez pour envoyer un texto
flyer-safety = Quelqu’un peut regarder votre téléphone. Vous pouvez ensuite supprimer l’appel ou le texto.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Aide 24/7
