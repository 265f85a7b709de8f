### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Qof ma kugu qasbayaa inaad galmo u samayso lacag?
flyer-lead = Kaligaa ma tihid. Caawimaaddu waa bilaash waana qarsoodi, habeen iyo maalin.
flyer-signs-heading = Calaamadaha ka ganacsiga dadka ee galmada
flyer-scan-call = Iskaan samee oo wac
flyer-scan-text = Iskaan samee oo qoraal dir
flyer-safety = Taleefankaaga waa la baari karaa. Kadib marka aad wacdo ama qoraal dirto, wicitaanka ama fariinta waad tirtiri kartaa.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Caawimaad 24/7
