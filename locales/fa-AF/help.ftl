### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = خط کمک ملی مبارزه علیه سوداگری انسان

## Section "Get help" on the article page.

help-heading = کمک بگیرید
help-call = به { -hotline-name } زنگ بزنید: { -hotline-phone }.
help-hours = این خط ۲۴ ساعت شبانه‌روز، ۷ روز هفته فعال است.
help-free = رایگان و محرمانه است.
help-languages = می‌توانید به انگلیسی یا هسپانوی گپ بزنید، یا با کمک ترجمان به بیش از ۲۰۰ زبان دیگر.
help-not-police = خط کمک نه پولیس است و نه ادارهٔ مهاجرت. بخشی از حکومت نیست. به همه کمک می‌کند، وضعیت مهاجرتی‌شان هر چه باشد.
help-privacy-limit = خط کمک گپ‌های شما را محرمانه نگه می‌دارد. اما اگر فکر کند که طفلی آزار و اذیت می‌شود یا ممکن است به‌زودی به کسی آسیب برسد، به مقامات اطلاع می‌دهد.
help-text = کلمهٔ HELP یا INFO را به شمارهٔ { -hotline-text } پیام بفرستید. پیام فقط به انگلیسی و هسپانوی کار می‌کند.
help-tty = اگر ناشنوا یا کم‌شنوا هستید یا در گپ زدن مشکل دارید، به شمارهٔ { -hotline-tty } زنگ بزنید (تماس از طریق اپراتور).
help-web = در ویب‌سایت چت کنید یا پیام بفرستید: { -hotline-website }
help-emergency = اگر کسی همین حالا در خطر است، به شمارهٔ { -emergency-phone } زنگ بزنید.

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = مصئون بمانید
help-safety-phone = ممکن است کسی تیلفون شما را بپالد. بعد از زنگ زدن یا پیام فرستادن، شاید بخواهید تماس یا پیام را از تیلفون خود پاک کنید.
help-safety-leaving = بیرون شدن از آنجا می‌تواند خطرناک باشد. خط کمک می‌تواند به شما کمک کند که یک پلان مصئونیت بسازید.

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = زنگ رایگان، ۲۴/۷
# Next to the text number. HELP is the word to send: keep it in English.
short-text = HELP را به { -hotline-text } پیام بفرستید و به انگلیسی یا هسپانوی بنویسید
short-emergency = همین حالا در خطر هستید؟ به { -emergency-phone } زنگ بزنید.
short-facts = رایگان. محرمانه. به زبان شما. پولیس نیست. ادارهٔ مهاجرت نیست.
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = به این زبان گپ می‌زنم:
