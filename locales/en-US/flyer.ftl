### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Is someone forcing you to have sex for money?
flyer-lead = You are not alone. Help is free and private, day and night.
flyer-signs-heading = Signs of sex trafficking
flyer-scan-call = Scan to call
flyer-scan-text = Scan to text
flyer-safety = Your phone may be checked. You can delete the call or text afterwards.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Help 24/7
