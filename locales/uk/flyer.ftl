### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Вас змушують займатися сексом за гроші?
flyer-lead = Ви не самі. Допомога безкоштовна і конфіденційна, вдень і вночі.
flyer-signs-heading = Ознаки торгівлі людьми
flyer-scan-call = Скануйте, щоб зателефонувати
flyer-scan-text = Скануйте, щоб написати
flyer-safety = Ваш телефон можуть перевірити. Дзвінок або повідомлення потім можна видалити.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Допомога 24/7
