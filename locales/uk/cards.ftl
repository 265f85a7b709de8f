### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Кишенькові картки
cards-instructions = Надрукуйте цю сторінку й розріжте її по пунктирних лініях. Непомітно дайте картку людині або залиште кілька там, де їх можна взяти.

## On each card.

cards-headline = Потрібна допомога? Ви не самі.
cards-tty = Для глухих і тих, хто погано чує: { -hotline-tty }
