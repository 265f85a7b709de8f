### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = هل يجبرك أحد على ممارسة الجنس مقابل المال؟
flyer-lead = لست وحدك. المساعدة مجانية وسرية، ليلا ونهارا.
flyer-signs-heading = علامات الاتجار بالبشر لأغراض الجنس
flyer-scan-call = امسح الرمز للاتصال
flyer-scan-text = امسح الرمز لإرسال رسالة
flyer-safety = قد يفتش أحد هاتفك. يمكنك حذف المكالمة أو الرسالة بعد ذلك.
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = مساعدة 24/7
