### The hotline, getting help and staying safe.
### The long lines appear on the article page. The short lines are printed
### on the flyer and the wallet cards, so keep those very short.
### Phone numbers are never typed here: { -hotline-phone } and the other
### contact terms are filled in by the tool, the same in every language.

# The hotline's name. Use the name the hotline uses in your language if it has one.
-hotline-name = انسانوں کی تجارت کے خلاف قومی ہیلپ لائن

## Section "Get help" on the article page.

help-heading = مدد حاصل کریں
help-call = { -hotline-name } کو اس نمبر پر کال کریں: { -hotline-phone }۔
help-hours = یہ دن کے 24 گھنٹے، ہفتے کے 7 دن کھلی رہتی ہے۔
help-free = یہ مفت اور رازدارانہ ہے۔
help-languages = یہاں انگریزی یا ہسپانوی میں، یا ترجمان کی مدد سے 200 سے زیادہ دوسری زبانوں میں بات ہو سکتی ہے۔
help-not-police = ہیلپ لائن پولیس نہیں ہے، اور امیگریشن کا محکمہ بھی نہیں۔ یہ حکومت کا حصہ نہیں ہے۔ یہ ہر ایک کی مدد کرتی ہے، چاہے کسی کی امیگریشن کی حیثیت کچھ بھی ہو۔
help-privacy-limit = ہیلپ لائن آپ کی بات راز میں رکھتی ہے۔ لیکن اگر اسے لگے کہ کسی بچے کے ساتھ بدسلوکی ہو رہی ہے، یا کسی کو جلد نقصان پہنچ سکتا ہے، تو وہ حکام کو بتاتی ہے۔
help-text = HELP یا INFO لکھ کر { -hotline-text } پر میسج بھیجیں۔ میسج کی سروس صرف انگریزی اور ہسپانوی میں ہے۔
help-tty = اگر آپ کو سنائی نہیں دیتا، کم سنائی دیتا ہے، یا بولنے میں معذوری ہے، تو { -hotline-tty } پر کال کریں (آپریٹر کے ذریعے بات چیت کی سروس)۔
help-web = ویب سائٹ پر چیٹ کریں یا پیغام بھیجیں: { -hotline-website }
help-emergency = اگر کوئی ابھی خطرے میں ہے تو { -emergency-phone } پر کال کریں۔

## Section "Stay safe", for a person who may be trafficked.

help-safety-heading = محفوظ رہیں
help-safety-phone = ہو سکتا ہے کوئی آپ کا فون چیک کرے۔ کال کرنے یا میسج بھیجنے کے بعد، شاید آپ وہ کال یا میسج اپنے فون سے ڈیلیٹ کرنا چاہیں۔
help-safety-leaving = وہاں سے نکلنا خطرناک ہو سکتا ہے۔ ہیلپ لائن حفاظتی منصوبہ بنانے میں آپ کی مدد کر سکتی ہے۔

## Short lines, printed on both the flyer and the wallet cards.

# Next to the phone number.
short-call = مفت کال، 24/7
# Next to the text number. HELP is the word to send: keep it in English.
short-text = HELP لکھ کر { -hotline-text } پر بھیجیں اور میسج انگریزی یا ہسپانوی میں لکھیں
short-emergency = ابھی خطرے میں ہیں؟ { -emergency-phone } پر کال کریں۔
short-facts = مفت۔ رازدارانہ۔ آپ کی زبان میں۔ پولیس نہیں۔ امیگریشن نہیں۔
# Followed by the language's English name, which the tool adds (for example "Spanish"),
# so that the hotline knows which interpreter to call.
i-speak = میری زبان:
