### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = ایا څوک تاسو مجبوروي چې د پیسو لپاره جنسي اړیکه ولرئ؟
flyer-lead = تاسو یوازې نه یاست. مرسته وړیا او محرمانه ده، شپه او ورځ.
flyer-signs-heading = د جنسي استثمار لپاره د انسانانو د سوداګرۍ نښې
flyer-scan-call = د زنګ لپاره سکن کړئ
flyer-scan-text = د پیغام لپاره سکن کړئ
flyer-safety = ښایي څوک ستاسو تلیفون وګوري. وروسته کولی شئ زنګ یا پیغام پاک کړئ.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = مرسته ۲۴/۷
