### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = آیا کسی شما را مجبور می‌کند که برای پول رابطهٔ جنسی داشته باشید؟
flyer-lead = شما تنها نیستید. کمک رایگان و محرمانه است، شب و روز.
flyer-signs-heading = نشانه‌های سوداگری انسان برای بهره‌کشی جنسی
flyer-scan-call = برای زنگ زدن اسکن کنید
flyer-scan-text = برای پیام فرستادن اسکن کنید
flyer-safety = ممکن است کسی تیلفون شما را بپالد. بعداً می‌توانید تماس یا پیام را پاک کنید.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = کمک ۲۴/۷
