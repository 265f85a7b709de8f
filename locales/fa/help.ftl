### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = خط کمک ملی مبارزه با سوداگری انسان

## Section "Get help" on the article page.

help-heading = کمک بگیرید
help-call = با { -hotline-name } تماس بگیرید: { -hotline-phone }.
help-hours = این خط ۲۴ ساعت شبانه‌روز، ۷ روز هفته فعال است.
help-free = رایگان و محرمانه است.
help-languages = می‌توانید به انگلیسی یا اسپانیایی صحبت کنید، یا با کمک مترجم به بیش از ۲۰۰ زبان دیگر.
help-not-police = خط کمک نه پلیس است و نه ادارهٔ مهاجرت. بخشی از دولت نیست. به همه کمک می‌کند، وضعیت مهاجرتی‌شان هر چه باشد.
help-privacy-limit = خط کمک حرف‌های شما را محرمانه نگه می‌دارد. اما اگر فکر کند کودکی آزار می‌بیند یا ممکن است به‌زودی به کسی آسیب برسد، به مقامات خبر می‌دهد.
help-text = کلمهٔ HELP یا INFO را به شمارهٔ { -hotline-text } پیامک کنید. پیامک فقط به انگلیسی و اسپانیایی کار می‌کند.
help-tty = اگر ناشنوا یا کم‌شنوا هستید یا در حرف زدن مشکل دارید، با شمارهٔ { -hotline-tty } تماس بگیرید (تماس با کمک اپراتور).
help-web = در وب‌سایت چت کنید یا پیام بفرستید: { -hotline-website }
help-emergency = اگر کسی همین حالا در خطر است، با شمارهٔ { -emergency-phone } تماس بگیرید.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = ایمن بمانید
help-safety-phone = ممکن است کسی گوشی شما را بگردد. بعد از تماس یا پیامک، شاید بخواهید تماس یا پیام را از گوشی‌تان پاک کنید.
help-safety-leaving = رفتن از آنجا می‌تواند خطرناک باشد. خط کمک می‌تواند کمکتان کند یک برنامهٔ ایمنی بریزید.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = تماس رایگان، ۲۴/۷
# Next to the text number. HELP is the word to send: keep it in English.
short-text = HELP را به { -hotline-text } پیامک کنید و به انگلیسی یا اسپانیایی بنویسید
short-emergency = همین حالا در خطرید؟ با { -emergency-phone } تماس بگیرید.
short-facts = رایگان. محرمانه. به زبان شما. پلیس نیست. ادارهٔ مهاجرت نیست.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = به این زبان صحبت می‌کنم:
