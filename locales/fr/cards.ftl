### The sheet of wallet cards: small cards (about 3.5 × 2 in) cut from one page
### and carried in a wallet or a shoe. Discreet: never use the word trafficking
### on the cards themselves. Keep every line very short.

# The page heading and instructions, for the person who prints the sheet.
cards-title = Cartes de poche
cards-instructions = Imprimez cette page et découpez le long des pointillés. Donnez une carte discrètement, ou laissez-en quelques-unes là où les gens peuvent en prendre une.

## On each card.

cards-headline = Besoin d’aide ? Quelqu’un est là pour vous.
cards-tty = Personnes sourdes ou malentendantes : { -hotline-tty }
