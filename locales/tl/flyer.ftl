### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = May pumipilit ba sa iyong makipagtalik kapalit ng pera?
flyer-lead = Hindi ka nag-iisa. Libre at pribado ang tulong, araw at gabi.
flyer-signs-heading = Mga palatandaan ng pangangalakal ng tao para sa seks
flyer-scan-call = I-scan para tumawag
flyer-scan-text = I-scan para mag-text
flyer-safety = Baka may tumingin sa telepono mo. Puwede mong burahin ang tawag o ang text pagkatapos.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Tulong 24/7
