### The one-page flyer, posted in restrooms, clinics and waiting rooms.
### It speaks to a person who may be trafficked. Every line must fit on one
### printed page with the others: keep them short.

# The hotline's name, above the phone number. Translate the term -hotline-name in help.ftl, not this line.
flyer-hotline = { -hotline-name }
flyer-headline = มีใครบังคับให้คุณมีเพศสัมพันธ์แลกเงินหรือไม่
flyer-lead = คุณไม่ได้อยู่คนเดียว มีความช่วยเหลือฟรีและเป็นความลับ ทั้งกลางวันและกลางคืน
flyer-signs-heading = สัญญาณของการค้ามนุษย์เพื่อแสวงประโยชน์ทางเพศ
flyer-scan-call = สแกนเพื่อโทร
flyer-scan-text = สแกนเพื่อส่งข้อความ
flyer-safety = อาจมีคนตรวจโทรศัพท์คุณ หลังโทรหรือส่งข้อความ คุณลบทิ้งได้
# On each tear-off tab, under the phone number. Never use the word trafficking here:
# the person who takes a tab must be safe carrying it.
flyer-tab = ความช่วยเหลือ 24/7
