### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Карманные карточки
cards-instructions = Распечатайте эту страницу и разрежьте её по пунктирным линиям. Незаметно дайте карточку человеку или оставьте несколько там, где их можно взять.

## On each card.

cards-headline = Нужна помощь? Вы не одни.
cards-tty = Для глухих и слабослышащих: { -hotline-tty }
