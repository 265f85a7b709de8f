### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = ¿Alguien te obliga a tener sexo por dinero?
flyer-lead = No tienes que pasar por esto a solas. Hay ayuda gratis y privada, día y noche.
flyer-signs-heading = Señales de trata sexual
flyer-scan-call = Escanea y llama
flyer-scan-text = Escanea y manda un texto
flyer-safety = Alguien puede revisar tu teléfono. Después puedes borrar la llamada o el mensaje.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Ayuda 24/7
