### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = สายด่วนแห่งชาติต่อต้านการค้ามนุษย์

## Section "Get help" on the article page.

help-heading = ขอความช่วยเหลือ
help-call = โทรหา { -hotline-name } ที่หมายเลข { -hotline-phone }
help-hours = เปิดให้บริการ 24 ชั่วโมงต่อวัน 7 วันต่อสัปดาห์
help-free = ฟรีและเป็นความลับ
help-languages = คุณพูดภาษาอังกฤษ ภาษาสเปน หรือภาษาอื่นอีกกว่า 200 ภาษาได้ โดยมีล่ามช่วย
help-not-police = สายด่วนไม่ใช่ตำรวจ และไม่ใช่ตรวจคนเข้าเมือง ไม่ได้เป็นส่วนหนึ่งของรัฐบาล สายด่วนช่วยเหลือทุกคน ไม่ว่าจะมีสถานะการเข้าเมืองแบบใด
help-privacy-limit = สายด่วนเก็บสิ่งที่คุณพูดไว้เป็นความลับ แต่จะแจ้งเจ้าหน้าที่ ถ้าคิดว่ามีเด็กกำลังถูกทารุณกรรม หรือมีคนอาจถูกทำร้ายในเร็ว ๆ นี้
help-text = ส่งข้อความ HELP หรือ INFO ไปที่ { -hotline-text } บริการข้อความมีเฉพาะภาษาอังกฤษและภาษาสเปน
help-tty = ถ้าคุณหูหนวก หูตึง หรือมีความบกพร่องทางการพูด ให้โทร { -hotline-tty } (บริการถ่ายทอดการสื่อสาร)
help-web = แชตหรือส่งข้อความบนเว็บไซต์: { -hotline-website }
help-emergency = ถ้ามีคนตกอยู่ในอันตรายตอนนี้ ให้โทร { -emergency-phone }

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = ดูแลตัวเองให้ปลอดภัย
help-safety-phone = อาจมีคนตรวจโทรศัพท์ของคุณ หลังจากโทรหรือส่งข้อความแล้ว คุณอาจอยากลบประวัติการโทรหรือข้อความนั้นออกจากโทรศัพท์
help-safety-leaving = การออกมาจากที่นั่นอาจเป็นอันตราย สายด่วนช่วยคุณวางแผนความปลอดภัยได้

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = โทรฟรี 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = ส่ง HELP ไปที่ { -hotline-text } พิมพ์เป็นภาษาอังกฤษหรือสเปน
short-emergency = อยู่ในอันตรายตอนนี้ไหม โทร { -emergency-phone }
short-facts = ฟรี เป็นความลับ ใช้ภาษาของคุณได้ ไม่ใช่ตำรวจ ไม่ใช่ตรวจคนเข้าเมือง
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = ฉันพูดภาษา:
