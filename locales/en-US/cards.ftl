### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Wallet cards
cards-instructions = Print this page and cut along the dashed lines. Give a card quietly, or leave some where people can take one.

## On each card.

cards-headline = Need help? You are not alone.
cards-tty = Deaf or hard of hearing: { -hotline-tty }
