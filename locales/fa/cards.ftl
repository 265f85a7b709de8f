### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = کارت‌های جیبی
cards-instructions = این صفحه را چاپ کنید و روی خط‌چین‌ها ببرید. کارت را بی‌سروصدا به کسی بدهید، یا چند کارت را جایی بگذارید که مردم بتوانند یکی بردارند.

## On each card.

cards-headline = کمک لازم دارید؟ شما تنها نیستید.
cards-tty = برای ناشنوایان و کم‌شنوایان: { -hotline-tty }
