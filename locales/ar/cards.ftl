### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = بطاقات الجيب
cards-instructions = اطبع هذه الصفحة وقصها على الخطوط المتقطعة. أعط البطاقة بهدوء، أو اترك بعض البطاقات في مكان يستطيع الناس أخذها منه.

## On each card.

cards-headline = بحاجة إلى مساعدة؟ لست وحدك.
cards-tty = للصم وضعاف السمع: { -hotline-tty }
