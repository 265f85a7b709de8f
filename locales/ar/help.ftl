### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = الخط الساخن الوطني لمكافحة الاتجار بالبشر

## Section "Get help" on the article page.

help-heading = اطلب المساعدة
help-call = اتصل برقم { -hotline-name }: { -hotline-phone }.
help-hours = يعمل 24 ساعة في اليوم، 7 أيام في الأسبوع.
help-free = الخدمة مجانية وسرية.
help-languages = يمكنك التحدث بالإنجليزية أو بالإسبانية أو بأكثر من 200 لغة أخرى بمساعدة مترجم.
help-not-police = الخط الساخن ليس الشرطة وليس سلطات الهجرة. وهو ليس جزءا من الحكومة. يساعد الجميع، مهما كان وضع إقامتهم.
help-privacy-limit = يحافظ الخط الساخن على سرية ما تقوله. لكنه يبلغ السلطات إذا ظن أن طفلا يتعرض للإساءة، أو أن شخصا قد يتأذى قريبا.
help-text = أرسل كلمة HELP أو INFO في رسالة نصية إلى { -hotline-text }. الرسائل النصية بالإنجليزية والإسبانية فقط.
help-tty = إذا كنت أصم أو ضعيف السمع أو لديك إعاقة في الكلام، اتصل بالرقم { -hotline-tty } (خدمة اتصال عبر وسيط).
help-web = يمكنك الدردشة أو إرسال رسالة على الموقع: { -hotline-website }
help-emergency = إذا كان شخص في خطر الآن، اتصل بالرقم { -emergency-phone }.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = حافظ على سلامتك
help-safety-phone = قد يفتش أحد هاتفك. بعد أن تتصل أو ترسل رسالة، قد ترغب في حذف المكالمة أو الرسالة من هاتفك.
help-safety-leaving = قد تكون المغادرة خطيرة. يمكن أن يساعدك الخط الساخن على وضع خطة أمان.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = اتصل مجانا، 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = أرسل رسالة HELP إلى { -hotline-text } واكتب بالإنجليزية أو الإسبانية
short-emergency = في خطر الآن؟ اتصل بالرقم { -emergency-phone }.
short-facts = مجاني. سري. بلغتك. ليس الشرطة. ليس سلطات الهجرة.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = أتحدث:
