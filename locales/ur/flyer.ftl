### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = کیا کوئی آپ کو پیسوں کے لیے جنسی تعلق پر مجبور کر رہا ہے؟
flyer-lead = آپ تنہا نہیں ہیں۔ مدد مفت اور رازدارانہ ہے، دن رات۔
flyer-signs-heading = جنسی استحصال کے لیے انسانوں کی تجارت کی علامات
flyer-scan-call = کال کے لیے اسکین کریں
flyer-scan-text = میسج کے لیے اسکین کریں
flyer-safety = ہو سکتا ہے کوئی آپ کا فون چیک کرے۔ بعد میں کال یا میسج کو فون سے ڈیلیٹ کیا جا سکتا ہے۔
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = مدد 24/7
