### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = کارت‌های جیبی
cards-instructions = این صفحه را چاپ کنید و از روی خط‌های نقطه‌چین قیچی کنید. کارت را به آرامی به کسی بدهید، یا چند کارت را جایی بمانید که مردم بتوانند یکی بردارند.

## On each card.

cards-headline = به کمک ضرورت دارید؟ شما تنها نیستید.
cards-tty = برای ناشنوایان و کم‌شنوایان: { -hotline-tty }
