### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Alguém está obrigando você a fazer sexo por dinheiro?
flyer-lead = Você não está só. A ajuda é gratuita e sigilosa, de dia e de noite.
flyer-signs-heading = Sinais de tráfico sexual
flyer-scan-call = Escaneie para ligar
flyer-scan-text = Escaneie para mandar mensagem
flyer-safety = Alguém pode olhar o seu celular. Depois, você pode apagar a ligação ou a mensagem.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Ajuda 24/7
