### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = Вас заставляют заниматься сексом за деньги?
flyer-lead = Вы не одни. Помощь бесплатная и конфиденциальная, днём и ночью.
flyer-signs-heading = Признаки торговли людьми
flyer-scan-call = Сканируйте, чтобы позвонить
flyer-scan-text = Сканируйте, чтобы написать
flyer-safety = Ваш телефон могут проверить. Звонок или сообщение потом можно удалить.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = Помощь 24/7
