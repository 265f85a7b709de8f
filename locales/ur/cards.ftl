### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = جیبی کارڈ
cards-instructions = یہ صفحہ پرنٹ کریں اور نقطے دار لکیروں پر کاٹ لیں۔ کارڈ خاموشی سے کسی کو دیں، یا کچھ کارڈ ایسی جگہ رکھ دیں جہاں سے لوگ ایک لے سکیں۔

## On each card.

cards-headline = مدد چاہیے؟ آپ تنہا نہیں ہیں۔
cards-tty = سماعت سے محروم یا کم سننے والے: { -hotline-tty }
